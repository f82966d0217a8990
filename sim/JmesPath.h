#pragma once
// The subset of JMESPath that az's --query needs here: field paths ("a.b", quoted names),
// indexes ("[0]", "[-1]"), projections ("[]", "[*]", "*"), filters ("[?a=='x']" with
// == != < <= > >= && || !), multi-selects ("{k: a}", "[a, b]"), pipes, literals ('raw', `json`,
// numbers inside brackets), "@" and the functions length, contains, starts_with, ends_with, keys,
// values, join, to_string, type, not_null. Slices are not supported.

#include <QJsonValue>
#include <QString>
#include <memory>

namespace cnpg::sim {

class JmesPath
{
public:
    struct Node;

    // Parses `expression`; returns false (and a message) when it is not valid.
    bool parse(const QString& expression, QString* error = nullptr);
    bool isValid() const { return m_root != nullptr; }
    const QString& expression() const { return m_expression; }
    // The result for `data`; QJsonValue::Null when nothing matches.
    QJsonValue search(const QJsonValue& data) const;

private:
    QString m_expression;
    std::shared_ptr<Node> m_root;
};

} // namespace cnpg::sim
