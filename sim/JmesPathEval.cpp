// Evaluation of a parsed JMESPath expression, with the reference implementation's rules for
// projections (null results are dropped) and truthiness.
#include "JmesPathNode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cnpg::sim {
namespace jmes {

namespace {

using N = JmesPath::Node;

QJsonValue evalNode(const N& n, const QJsonValue& v);

bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    case QJsonValue::Double:
        return true;
    default:
        return false;
    }
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Double:
        return QStringLiteral("number");
    default:
        return QStringLiteral("null");
    }
}

QJsonValue project(const N& right, const QJsonArray& items)
{
    QJsonArray out;
    for (const QJsonValue& item : items) {
        const QJsonValue r = evalNode(right, item);
        if (!r.isNull() && !r.isUndefined())
            out.append(r);
    }
    return out;
}

QJsonValue function(const N& n, const QJsonValue& v)
{
    QList<QJsonValue> a;
    for (const auto& k : n.kids)
        a << evalNode(*k, v);
    auto need = [&](int count) {
        if (a.size() != count)
            throw ParseError("wrong number of arguments");
    };
    const QString& f = n.name;
    if (f == QLatin1String("length")) {
        need(1);
        if (a[0].isString())
            return double(a[0].toString().size());
        if (a[0].isArray())
            return double(a[0].toArray().size());
        if (a[0].isObject())
            return double(a[0].toObject().size());
        return QJsonValue::Null;
    }
    if (f == QLatin1String("contains")) {
        need(2);
        if (a[0].isArray())
            return a[0].toArray().contains(a[1]);
        if (a[0].isString())
            return a[0].toString().contains(a[1].toString());
        return QJsonValue::Null;
    }
    if (f == QLatin1String("starts_with") || f == QLatin1String("ends_with")) {
        need(2);
        const QString s = a[0].toString();
        return f == QLatin1String("starts_with") ? s.startsWith(a[1].toString())
                                                 : s.endsWith(a[1].toString());
    }
    if (f == QLatin1String("keys") || f == QLatin1String("values")) {
        need(1);
        const QJsonObject o = a[0].toObject();
        QJsonArray out;
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append(f == QLatin1String("keys") ? QJsonValue(it.key()) : it.value());
        return out;
    }
    if (f == QLatin1String("join")) {
        need(2);
        QStringList parts;
        for (const QJsonValue& x : a[1].toArray())
            parts << x.toString();
        return parts.join(a[0].toString());
    }
    if (f == QLatin1String("to_string")) {
        need(1);
        if (a[0].isString())
            return a[0];
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{a[0]}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    if (f == QLatin1String("type")) {
        need(1);
        return typeName(a[0]);
    }
    if (f == QLatin1String("not_null")) {
        for (const QJsonValue& x : a) {
            if (!x.isNull() && !x.isUndefined())
                return x;
        }
        return QJsonValue::Null;
    }
    throw ParseError("unknown function");
}

QJsonValue evalNode(const N& n, const QJsonValue& v)
{
    switch (n.type) {
    case N::Identity:
        return v;
    case N::Field:
        return v.isObject() ? v.toObject().value(n.name) : QJsonValue(QJsonValue::Null);
    case N::Index: {
        if (!v.isArray())
            return QJsonValue::Null;
        const QJsonArray a = v.toArray();
        const int i = n.index < 0 ? int(a.size()) + n.index : n.index;
        return i >= 0 && i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Null);
    }
    case N::Literal:
        return n.literal;
    case N::Subexpr:
        return evalNode(*n.kids[1], evalNode(*n.kids[0], v));
    case N::Projection: {
        const QJsonValue base = evalNode(*n.kids[0], v);
        return base.isArray() ? project(*n.kids[1], base.toArray()) : QJsonValue(QJsonValue::Null);
    }
    case N::ValueProjection: {
        const QJsonValue base = evalNode(*n.kids[0], v);
        if (!base.isObject())
            return QJsonValue::Null;
        QJsonArray values;
        const QJsonObject o = base.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            values.append(it.value());
        return project(*n.kids[1], values);
    }
    case N::Flatten: {
        const QJsonValue base = evalNode(*n.kids[0], v);
        if (!base.isArray())
            return QJsonValue::Null;
        QJsonArray out;
        for (const QJsonValue& item : base.toArray()) {
            if (item.isArray()) {
                for (const QJsonValue& x : item.toArray())
                    out.append(x);
            } else {
                out.append(item);
            }
        }
        return out;
    }
    case N::Filter: {
        const QJsonValue base = evalNode(*n.kids[0], v);
        if (!base.isArray())
            return QJsonValue::Null;
        QJsonArray kept;
        for (const QJsonValue& item : base.toArray()) {
            if (truthy(evalNode(*n.kids[2], item)))
                kept.append(item);
        }
        return project(*n.kids[1], kept);
    }
    case N::MultiList: {
        if (v.isNull() || v.isUndefined())
            return QJsonValue::Null;
        QJsonArray out;
        for (const auto& k : n.kids)
            out.append(evalNode(*k, v));
        return out;
    }
    case N::MultiHash: {
        if (v.isNull() || v.isUndefined())
            return QJsonValue::Null;
        QJsonObject out;
        for (size_t i = 0; i < n.kids.size(); ++i)
            out.insert(n.keys.at(qsizetype(i)), evalNode(*n.kids[i], v));
        return out;
    }
    case N::Or: {
        const QJsonValue l = evalNode(*n.kids[0], v);
        return truthy(l) ? l : evalNode(*n.kids[1], v);
    }
    case N::And: {
        const QJsonValue l = evalNode(*n.kids[0], v);
        return truthy(l) ? evalNode(*n.kids[1], v) : l;
    }
    case N::Not:
        return !truthy(evalNode(*n.kids[0], v));
    case N::Compare: {
        QJsonValue l = evalNode(*n.kids[0], v);
        QJsonValue r = evalNode(*n.kids[1], v);
        if (l.isUndefined())
            l = QJsonValue::Null;
        if (r.isUndefined())
            r = QJsonValue::Null;
        if (n.name == QLatin1String("=="))
            return l == r;
        if (n.name == QLatin1String("!="))
            return l != r;
        if (!l.isDouble() || !r.isDouble())
            return QJsonValue::Null;
        const double a = l.toDouble(), b = r.toDouble();
        if (n.name == QLatin1String("<"))
            return a < b;
        if (n.name == QLatin1String("<="))
            return a <= b;
        if (n.name == QLatin1String(">"))
            return a > b;
        return a >= b;
    }
    case N::Pipe:
        return evalNode(*n.kids[1], evalNode(*n.kids[0], v));
    case N::Function:
        return function(n, v);
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue eval(const N& n, const QJsonValue& v)
{
    return evalNode(n, v);
}

} // namespace jmes

QJsonValue JmesPath::search(const QJsonValue& data) const
{
    if (!m_root)
        return data;
    try {
        const QJsonValue r = jmes::eval(*m_root, data);
        return r.isUndefined() ? QJsonValue(QJsonValue::Null) : r;
    } catch (const jmes::ParseError&) {
        return QJsonValue::Null;
    }
}

} // namespace cnpg::sim
