#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cnpg {

// A dotted version number such as 2.61.0 or 1.30.2. Missing parts compare as 0, so 3 == 3.0.0.
class Version
{
public:
    Version() = default;
    // Accepts a leading "v" and stops at the first character that is neither a digit nor a dot
    // ("v3.14.4+g81c902a" -> 3.14.4, "1.7.1-dirty" -> 1.7.1). Invalid when no number leads.
    static Version fromString(const QString& text);

    bool isValid() const { return !m_parts.isEmpty(); }
    const QList<int>& parts() const { return m_parts; }
    QString toString() const;

    // <0, 0, >0 like strcmp. An invalid version sorts before every valid one.
    int compare(const Version& other) const;
    bool operator==(const Version& o) const { return compare(o) == 0; }
    bool operator!=(const Version& o) const { return compare(o) != 0; }
    bool operator<(const Version& o) const { return compare(o) < 0; }
    bool operator<=(const Version& o) const { return compare(o) <= 0; }
    bool operator>(const Version& o) const { return compare(o) > 0; }
    bool operator>=(const Version& o) const { return compare(o) >= 0; }

private:
    QList<int> m_parts;
};

// Reads the version out of each tool's own version output (what `<tool> <versionArgs>` prints,
// see ToolCheck). Each returns an invalid Version when the output has no recognisable version.
class VersionParser
{
public:
    // `az version` (JSON: {"azure-cli": "2.61.0", ...}); also the older `az --version` text
    // ("azure-cli                         2.61.0 *").
    static Version az(const QByteArray& output);
    // `kubectl version --client -o json` ({"clientVersion": {"gitVersion": "v1.30.2", ...}});
    // also the text form "Client Version: v1.30.2".
    static Version kubectl(const QByteArray& output);
    // `helm version --short`: "v3.14.4+g81c902a".
    static Version helm(const QByteArray& output);
    // `kubectl krew version`: a table whose GitTag row holds "v0.4.4".
    static Version krew(const QByteArray& output);
    // `jq --version`: "jq-1.6", "jq-1.7.1".
    static Version jq(const QByteArray& output);
};

} // namespace cnpg
