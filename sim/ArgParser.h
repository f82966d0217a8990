#pragma once
// az's argument parsing, with Python argparse's rules and az's error texts: options in any order,
// "--opt=value", unique prefixes of long options ("--addon" for "--addons"), nargs='+' lists,
// case-insensitive enum values, and exit 2 with "the following arguments are required: ...",
// "unrecognized arguments: ...", "expected one argument" and the like.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg::sim {

struct Opt
{
    enum Kind
    {
        Value,
        Flag,
        List /* nargs='+' */,
        AnyList /* nargs='*' */
    };

    QStringList names; // "--name", "-n": the first is the key used to read the value
    Kind kind = Value;
    bool required = false;
    bool integer = false;
    QStringList choices; // matched case-insensitively; the value becomes the choice's spelling

    static Opt value(const QString& names) { return make(names, Value); }
    static Opt flag(const QString& names) { return make(names, Flag); }
    static Opt list(const QString& names) { return make(names, List); }
    static Opt anyList(const QString& names) { return make(names, AnyList); }
    // az's three-state flags: "--yes" alone, or "--allow-preview true|false".
    static Opt boolean(const QString& names);

    Opt& req()
    {
        required = true;
        return *this;
    }
    Opt& num()
    {
        integer = true;
        return *this;
    }
    Opt& oneOf(const QStringList& c)
    {
        choices = c;
        return *this;
    }
    QString display() const { return names.join(QLatin1Char('/')); }

private:
    static Opt make(const QString& names, Kind kind);
};

class Args
{
public:
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = QString()) const;
    QStringList list(const QString& name) const { return m_values.value(name); }
    bool flag(const QString& name) const;
    int integer(const QString& name, int fallback) const;
    // key=value pairs of a list option (az's --tags, --labels).
    QHash<QString, QString> pairs(const QString& name) const;

    void set(const QString& name, const QStringList& values) { m_values.insert(name, values); }

private:
    QHash<QString, QStringList> m_values;
};

class ArgParser
{
public:
    // `prog` is e.g. "az aks create" (used in messages). Throws SimError (exit 2).
    static Args parse(const QString& prog, const QList<Opt>& opts, const QStringList& argv);
    // The options every az command accepts.
    static QList<Opt> globalOptions();
};

} // namespace cnpg::sim
