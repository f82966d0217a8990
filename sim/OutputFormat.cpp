#include "OutputFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cnpg::sim {

namespace {

QStringList sortedKeys(const QJsonObject& o)
{
    QStringList k = o.keys();
    std::sort(k.begin(), k.end());
    return k;
}

void dumpJson(const QJsonValue& v, int indent, int level, QString& out)
{
    const QString pad(indent * (level + 1), QLatin1Char(' '));
    const QString end(indent * level, QLatin1Char(' '));
    switch (v.type()) {
    case QJsonValue::Bool:
        out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double:
        out += OutputFormat::number(v.toDouble());
        break;
    case QJsonValue::String:
        out += OutputFormat::jsonString(v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += QStringLiteral("[]");
            break;
        }
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += pad;
            dumpJson(a.at(i), indent, level + 1, out);
            out += i + 1 < a.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += end + QLatin1Char(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out += QStringLiteral("{}");
            break;
        }
        out += QStringLiteral("{\n");
        const QStringList keys = sortedKeys(o);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad + OutputFormat::jsonString(keys.at(i)) + QStringLiteral(": ");
            dumpJson(o.value(keys.at(i)), indent, level + 1, out);
            out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += end + QLatin1Char('}');
        break;
    }
    default:
        out += QStringLiteral("null");
    }
}

// knack's _TsvOutput._dump_obj: lists print their length, objects nothing.
QString tsvCell(const QJsonValue& v)
{
    if (v.isArray())
        return QString::number(v.toArray().size());
    if (v.isObject())
        return QString();
    return OutputFormat::pythonStr(v);
}

QString yamlScalar(const QString& s)
{
    static const QStringList reserved = {QStringLiteral("true"), QStringLiteral("false"),
                                         QStringLiteral("yes"),  QStringLiteral("no"),
                                         QStringLiteral("null"), QStringLiteral("on"),
                                         QStringLiteral("off"),  QStringLiteral("~")};
    bool plain = !s.isEmpty() && !reserved.contains(s.toLower()) && !s.at(0).isSpace() &&
                 !s.back().isSpace();
    bool numeric = false;
    s.toDouble(&numeric);
    if (numeric)
        plain = false;
    static const QString specialStart = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (plain && specialStart.contains(s.at(0)))
        plain = false;
    if (plain && (s.contains(QStringLiteral(": ")) || s.contains(QStringLiteral(" #")) ||
                  s.contains(QLatin1Char('\n'))))
        plain = false;
    if (plain)
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

void dumpYaml(const QJsonValue& v, int level, QString& out);

QString yamlInline(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return OutputFormat::number(v.toDouble());
    case QJsonValue::String:
        return yamlScalar(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("[]");
    case QJsonValue::Object:
        return QStringLiteral("{}");
    default:
        return QStringLiteral("null");
    }
}

bool isBlock(const QJsonValue& v)
{
    return (v.isArray() && !v.toArray().isEmpty()) || (v.isObject() && !v.toObject().isEmpty());
}

void dumpYaml(const QJsonValue& v, int level, QString& out)
{
    const QString pad(2 * level, QLatin1Char(' '));
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (const QString& k : sortedKeys(o)) {
            const QJsonValue x = o.value(k);
            out += pad + yamlScalar(k) + QLatin1Char(':');
            if (isBlock(x)) {
                out += QLatin1Char('\n');
                // PyYAML puts a mapping's list items at the key's own indentation.
                dumpYaml(x, x.isArray() ? level : level + 1, out);
            } else {
                out += QLatin1Char(' ') + yamlInline(x) + QLatin1Char('\n');
            }
        }
    } else if (v.isArray() && !v.toArray().isEmpty()) {
        for (const QJsonValue& x : v.toArray()) {
            if (isBlock(x)) {
                QString inner;
                dumpYaml(x, level + 1, inner);
                // The first line of the item goes after the dash.
                out += pad + QStringLiteral("- ") + inner.mid(2 * (level + 1));
            } else {
                out += pad + QStringLiteral("- ") + yamlInline(x) + QLatin1Char('\n');
            }
        }
    } else {
        out += pad + yamlInline(v) + QLatin1Char('\n');
    }
}

} // namespace

QString OutputFormat::number(double d)
{
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString OutputFormat::jsonString(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString OutputFormat::json(const QJsonValue& value, int indent)
{
    QString out;
    dumpJson(value, indent, 0, out);
    return out + QLatin1Char('\n');
}

QString OutputFormat::pythonStr(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    default:
        return json(v).trimmed();
    }
}

QString OutputFormat::tsv(const QJsonValue& value)
{
    const QJsonArray rows = value.isArray() ? value.toArray() : QJsonArray{value};
    QString out;
    for (const QJsonValue& row : rows) {
        if (row.isObject()) {
            const QJsonObject o = row.toObject();
            QStringList cells;
            for (const QString& k : sortedKeys(o))
                cells << tsvCell(o.value(k));
            out += cells.join(QLatin1Char('\t'));
        } else if (row.isArray()) {
            QStringList cells;
            for (const QJsonValue& x : row.toArray())
                cells << tsvCell(x);
            out += cells.join(QLatin1Char('\t'));
        } else if (row.isBool()) {
            out += row.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            out += tsvCell(row);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString OutputFormat::yaml(const QJsonValue& value)
{
    QString out;
    dumpYaml(value, 0, out);
    return out;
}

QList<TableRow> OutputFormat::autoTable(const QJsonValue& value, bool sortKeys)
{
    static const QStringList skip = {QStringLiteral("id"), QStringLiteral("type"),
                                     QStringLiteral("etag")};
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    QList<TableRow> rows;
    for (const QJsonValue& item : items) {
        TableRow row;
        if (item.isObject()) {
            const QJsonObject o = item.toObject();
            const QStringList keys = sortKeys ? sortedKeys(o) : o.keys();
            for (const QString& k : keys) {
                const QJsonValue x = o.value(k);
                if (skip.contains(k) || x.isNull() || x.isArray() || x.isObject())
                    continue;
                row << qMakePair(k.left(1).toUpper() + k.mid(1), pythonStr(x));
            }
        } else if (item.isArray()) {
            const QJsonArray a = item.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                row << qMakePair(QStringLiteral("Column%1").arg(i + 1), pythonStr(a.at(i)));
        } else {
            row << qMakePair(QStringLiteral("Result"), pythonStr(item));
        }
        rows << row;
    }
    return rows;
}

QString OutputFormat::table(const QList<TableRow>& rows)
{
    QStringList columns;
    for (const TableRow& r : rows) {
        for (const auto& [name, cell] : r) {
            if (!columns.contains(name))
                columns << name;
        }
    }
    if (columns.isEmpty())
        return QStringLiteral("\n");
    // tabulate gives every column at least its header's width plus two.
    QList<qsizetype> widths;
    for (const QString& c : columns)
        widths << c.size() + 2;
    QList<QStringList> cells;
    for (const TableRow& r : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QString v;
            for (const auto& [name, cell] : r) {
                if (name == columns.at(i))
                    v = cell;
            }
            widths[i] = qMax(widths[i], v.size());
            line << v;
        }
        cells << line;
    }
    auto render = [&](const QStringList& line) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i)
            padded << line.at(i).leftJustified(widths[i]);
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString out = render(columns);
    QStringList dashes;
    for (qsizetype w : widths)
        dashes << QString(w, QLatin1Char('-'));
    out += dashes.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList& line : cells)
        out += render(line);
    return out;
}

} // namespace cnpg::sim
