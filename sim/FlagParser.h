#pragma once
// Go's pflag rules, as kubectl and helm (cobra) apply them: "--flag value", "--flag=value",
// "-n value", "-nvalue", boolean flags without a value, "--" to end the flags, and cobra's
// error texts ("unknown flag: --x", "flag needs an argument: --x").

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

struct Flag
{
    QString name; // "context" (used as "--context")
    QChar shorthand;
    bool boolean = false;
};

struct FlagResult
{
    QStringList positionals;
    QHash<QString, QStringList> values; // by long name; booleans hold "true"/"false"

    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name, const QString& fallback = QString()) const
    {
        const QStringList v = values.value(name);
        return v.isEmpty() ? fallback : v.last();
    }
    bool flag(const QString& name) const
    {
        return has(name) && value(name) != QLatin1String("false");
    }
};

class FlagParser
{
public:
    enum class Tool
    {
        Kubectl,
        Helm
    };
    // `command` names the command in kubectl's "See 'kubectl get --help' for usage." hint.
    // Throws SimError (exit 1).
    static FlagResult parse(const QList<Flag>& flags, const QStringList& args, Tool tool,
                            const QString& command);
};

} // namespace cnpg::sim
