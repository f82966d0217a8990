#include "ArgParser.h"

#include "SimError.h"

#include <optional>

namespace cnpg::sim {

namespace {

bool looksLikeOption(const QString& a)
{
    // argparse: a negative number is a value, anything else starting with '-' an option.
    if (!a.startsWith(QLatin1Char('-')) || a.size() < 2)
        return false;
    bool isNumber = false;
    a.toDouble(&isNumber);
    return !isNumber;
}

const QStringList trueWords = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                               QStringLiteral("on"), QStringLiteral("1")};
const QStringList falseWords = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("off"), QStringLiteral("0")};

} // namespace

Opt Opt::make(const QString& names, Kind kind)
{
    Opt o;
    o.names = names.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    o.kind = kind;
    return o;
}

Opt Opt::boolean(const QString& names)
{
    // A flag that may take one of these words.
    Opt o = make(names, Flag);
    o.choices = trueWords + falseWords;
    return o;
}

QString Args::value(const QString& name, const QString& fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

bool Args::flag(const QString& name) const
{
    if (!m_values.contains(name))
        return false;
    const QStringList v = m_values.value(name);
    return v.isEmpty() || trueWords.contains(v.last().toLower());
}

int Args::integer(const QString& name, int fallback) const
{
    return has(name) ? value(name).toInt() : fallback;
}

QHash<QString, QString> Args::pairs(const QString& name) const
{
    QHash<QString, QString> out;
    for (const QString& item : list(name)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            out.insert(item, QString());
        else
            out.insert(item.left(eq), item.mid(eq + 1));
    }
    return out;
}

QList<Opt> ArgParser::globalOptions()
{
    return {
        Opt::value(QStringLiteral("--output -o"))
            .oneOf({QStringLiteral("json"), QStringLiteral("jsonc"), QStringLiteral("yaml"),
                    QStringLiteral("yamlc"), QStringLiteral("table"), QStringLiteral("tsv"),
                    QStringLiteral("none")}),
        Opt::value(QStringLiteral("--query")),
        Opt::value(QStringLiteral("--subscription")),
        Opt::flag(QStringLiteral("--only-show-errors")),
        Opt::flag(QStringLiteral("--debug")),
        Opt::flag(QStringLiteral("--verbose")),
        Opt::flag(QStringLiteral("--help -h")),
    };
}

Args ArgParser::parse(const QString& prog, const QList<Opt>& opts, const QStringList& argv)
{
    Args args;
    QStringList unrecognized;

    auto find = [&](const QString& name) -> const Opt* {
        for (const Opt& o : opts) {
            if (o.names.contains(name))
                return &o;
        }
        if (!name.startsWith(QStringLiteral("--")))
            return nullptr;
        // argparse accepts any unique prefix of a long option.
        QList<const Opt*> hits;
        QStringList hitNames;
        for (const Opt& o : opts) {
            for (const QString& n : o.names) {
                if (n.startsWith(QStringLiteral("--")) && n.startsWith(name)) {
                    hits << &o;
                    hitNames << n;
                }
            }
        }
        if (hits.size() > 1) {
            usageFail(QStringLiteral("ambiguous option: %1 could match %2")
                          .arg(name, hitNames.join(QStringLiteral(", "))));
        }
        return hits.isEmpty() ? nullptr : hits.first();
    };

    auto checkChoice = [&](const Opt& o, const QString& v) -> QString {
        if (o.integer) {
            bool ok = false;
            v.toInt(&ok);
            if (!ok)
                usageFail(
                    QStringLiteral("argument %1: invalid int value: '%2'").arg(o.display(), v));
        }
        if (o.choices.isEmpty())
            return v;
        for (const QString& c : o.choices) {
            if (c.compare(v, Qt::CaseInsensitive) == 0)
                return c;
        }
        usageFail(QStringLiteral("%1: '%2' is not a valid value for '%3'. Allowed values: %4.")
                      .arg(prog, v, o.names.first(), o.choices.join(QStringLiteral(", "))));
    };

    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString a = argv.at(i);
        if (!looksLikeOption(a)) {
            unrecognized << a;
            continue;
        }
        QString name = a;
        std::optional<QString> attached;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (a.startsWith(QStringLiteral("--")) && eq > 0) {
            name = a.left(eq);
            attached = a.mid(eq + 1);
        } else if (!a.startsWith(QStringLiteral("--")) && a.size() > 2) {
            // "-ojson": a short option with its value attached.
            name = a.left(2);
            attached = a.mid(2);
        }
        const Opt* o = find(name);
        if (!o) {
            unrecognized << a;
            continue;
        }
        const QString key = o->names.first();
        if (o->kind == Opt::Flag) {
            if (o->choices.isEmpty()) {
                if (attached)
                    usageFail(QStringLiteral("argument %1: ignored explicit argument '%2'")
                                  .arg(o->display(), *attached));
                args.set(key, {});
                continue;
            }
            // Three-state flag: an optional true/false word.
            if (attached) {
                args.set(key, {checkChoice(*o, *attached)});
            } else if (i + 1 < argv.size() && !looksLikeOption(argv.at(i + 1))) {
                args.set(key, {checkChoice(*o, argv.at(++i))});
            } else {
                args.set(key, {});
            }
            continue;
        }
        if (o->kind == Opt::Value) {
            QString v;
            if (attached) {
                v = *attached;
            } else if (i + 1 < argv.size() && !looksLikeOption(argv.at(i + 1))) {
                v = argv.at(++i);
            } else {
                usageFail(QStringLiteral("argument %1: expected one argument").arg(o->display()));
            }
            args.set(key, {checkChoice(*o, v)});
            continue;
        }
        QStringList values;
        if (attached)
            values << checkChoice(*o, *attached);
        while (!attached && i + 1 < argv.size() && !looksLikeOption(argv.at(i + 1)))
            values << checkChoice(*o, argv.at(++i));
        if (values.isEmpty() && o->kind == Opt::List)
            usageFail(
                QStringLiteral("argument %1: expected at least one argument").arg(o->display()));
        args.set(key, values);
    }

    if (args.has(QStringLiteral("--help")))
        return args;
    QStringList missing;
    for (const Opt& o : opts) {
        if (o.required && !args.has(o.names.first()))
            missing << o.display();
    }
    if (!missing.isEmpty()) {
        usageFail(QStringLiteral("the following arguments are required: %1")
                      .arg(missing.join(QStringLiteral(", "))));
    }
    if (!unrecognized.isEmpty())
        usageFail(
            QStringLiteral("unrecognized arguments: %1").arg(unrecognized.join(QLatin1Char(' '))));
    return args;
}

} // namespace cnpg::sim
