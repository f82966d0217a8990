#pragma once
// az's output formats, as knack writes them: json (indent 2, sorted keys), tsv, table
// (tabulate's "simple" layout), yaml and none.

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace cnpg::sim {

// One table row: column name and cell text, in column order.
using TableRow = QList<QPair<QString, QString>>;

class OutputFormat
{
public:
    // json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) plus a newline.
    static QString json(const QJsonValue& value, int indent = 2);
    static QString tsv(const QJsonValue& value);
    static QString yaml(const QJsonValue& value);
    // knack's automatic table: the scalar fields of each item (except id, type, etag), with
    // capitalised names, sorted when `sortKeys`.
    static QList<TableRow> autoTable(const QJsonValue& value, bool sortKeys);
    static QString table(const QList<TableRow>& rows);
    // Python's str() of a JSON scalar: True, False, None, 3, text.
    static QString pythonStr(const QJsonValue& value);
    static QString jsonString(const QString& s);
    static QString number(double d);
};

} // namespace cnpg::sim
