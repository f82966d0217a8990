#include "FlagParser.h"

#include "SimError.h"

namespace cnpg::sim {

namespace {

[[noreturn]] void fail(FlagParser::Tool tool, const QString& command, const QString& message)
{
    if (tool == FlagParser::Tool::Kubectl)
        throw SimError{
            1, QStringLiteral("error: %1\nSee '%2 --help' for usage.\n").arg(message, command)};
    throw SimError{1, QStringLiteral("Error: %1\n").arg(message)};
}

} // namespace

FlagResult FlagParser::parse(const QList<Flag>& flags, const QStringList& args, Tool tool,
                             const QString& command)
{
    FlagResult r;
    auto byName = [&](const QString& n) -> const Flag* {
        for (const Flag& f : flags) {
            if (f.name == n)
                return &f;
        }
        return nullptr;
    };
    auto byShort = [&](QChar c) -> const Flag* {
        for (const Flag& f : flags) {
            if (!f.shorthand.isNull() && f.shorthand == c)
                return &f;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--")) {
            r.positionals << args.mid(i + 1);
            break;
        }
        if (a.startsWith(QStringLiteral("--")) && a.size() > 2) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            const QString name = eq > 0 ? a.mid(2, eq - 2) : a.mid(2);
            const Flag* f = byName(name);
            if (!f)
                fail(tool, command, QStringLiteral("unknown flag: --%1").arg(name));
            if (f->boolean) {
                r.values[f->name] << (eq > 0 ? a.mid(eq + 1) : QStringLiteral("true"));
            } else if (eq > 0) {
                r.values[f->name] << a.mid(eq + 1);
            } else if (i + 1 < args.size()) {
                r.values[f->name] << args.at(++i);
            } else {
                fail(tool, command, QStringLiteral("flag needs an argument: --%1").arg(name));
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            // Shorthands may be combined ("-Ao"), the last one taking a value.
            for (qsizetype k = 1; k < a.size(); ++k) {
                const QChar c = a.at(k);
                const Flag* f = byShort(c);
                if (!f)
                    fail(tool, command,
                         QStringLiteral("unknown shorthand flag: '%1' in %2").arg(c).arg(a));
                if (f->boolean) {
                    r.values[f->name] << QStringLiteral("true");
                    continue;
                }
                QString v = a.mid(k + 1);
                if (v.startsWith(QLatin1Char('=')))
                    v = v.mid(1);
                if (v.isEmpty()) {
                    if (i + 1 >= args.size())
                        fail(tool, command,
                             QStringLiteral("flag needs an argument: '%1' in -%1").arg(c));
                    v = args.at(++i);
                }
                r.values[f->name] << v;
                break;
            }
            continue;
        }
        r.positionals << a;
    }
    return r;
}

} // namespace cnpg::sim
