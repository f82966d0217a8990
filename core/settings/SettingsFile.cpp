#include "settings/SettingsFile.h"

#include "util/AtomicFile.h"
#include "util/SmallFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cnpg {

namespace {

QString jsonTypeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// The text form of a JSON value for a field, or a null QString when the type is wrong.
QString toFieldText(const FieldSpec& spec, const QJsonValue& v)
{
    switch (spec.kind) {
    case FieldKind::Text:
        return v.isString() ? v.toString() : QString();
    case FieldKind::Integer: {
        if (!v.isDouble())
            return QString();
        const double d = v.toDouble();
        const qint64 n = v.toInteger(-1);
        if (double(n) != d)
            return QString(); // 2.5 nodes is a type error, not a range error
        return QString::number(n);
    }
    case FieldKind::Boolean:
        // The guide exports the variable as the string "true"; accept both spellings.
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return v.isString() ? v.toString() : QString();
    }
    return QString();
}

// The keys that occur more than once in one object of a valid JSON text. QJsonDocument keeps
// the last silently, so that a second "RESOURCE_GROUP_NAME" would override the first unseen.
QStringList duplicateKeys(const QByteArray& json)
{
    QStringList out;
    QList<QSet<QString>> objects; // the keys seen so far in each open object
    QList<bool> isObject;         // per open container
    qsizetype i = 0;
    const qsizetype n = json.size();
    while (i < n) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            isObject.append(c == '{');
            objects.append(QSet<QString>());
            ++i;
        } else if (c == '}' || c == ']') {
            if (!isObject.isEmpty()) {
                isObject.removeLast();
                objects.removeLast();
            }
            ++i;
        } else if (c == '"') {
            const qsizetype start = i++;
            while (i < n && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            const QByteArray token = json.mid(start, ++i - start);
            qsizetype j = i;
            while (j < n && QChar::isSpace(uchar(json.at(j))))
                ++j;
            if (j < n && json.at(j) == ':' && !isObject.isEmpty() && isObject.last()) {
                // Decoded, so that "\u0041" and "A" are the same key.
                const QString key =
                    QJsonDocument::fromJson("[" + token + "]").array().at(0).toString();
                if (objects.last().contains(key) && !out.contains(key))
                    out << key;
                objects.last().insert(key);
            }
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace

SettingsFile::LoadResult SettingsFile::fromJson(const QByteArray& json, const Settings& base)
{
    LoadResult result{base, {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append({QString(), SettingErrorCode::BrokenJson, parseError.offset, 0,
                              parseError.errorString()});
        return result;
    }
    if (!doc.isObject()) {
        result.errors.append({QString(), SettingErrorCode::WrongType, 0, 0,
                              doc.isArray() ? QStringLiteral("array") : QStringLiteral("null")});
        return result;
    }
    for (const QString& key : duplicateKeys(json))
        result.errors.append({key, SettingErrorCode::DuplicateKey, 0, 0, {}});
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.toInteger(-1) != SchemaVersion || !schema.isDouble()) {
        const QString found = schema.isUndefined() ? QStringLiteral("missing")
                              : schema.isDouble()  ? QString::number(schema.toDouble())
                                                   : jsonTypeName(schema);
        result.errors.append(
            {QStringLiteral("schema"), SettingErrorCode::UnsupportedSchema, 0, 0, found});
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("schema") && it.key() != QLatin1String("variables"))
            result.errors.append({it.key(), SettingErrorCode::UnknownKey, 0, 0, {}});
    }
    const QJsonValue varsValue = root.value(QLatin1String("variables"));
    if (varsValue.isUndefined()) { // {"schema": 1} alone: every default
        result.errors += result.settings.validate();
        return result;
    }
    if (!varsValue.isObject()) {
        result.errors.append({QStringLiteral("variables"), SettingErrorCode::WrongType, 0, 0,
                              jsonTypeName(varsValue)});
        return result;
    }
    const QJsonObject vars = varsValue.toObject();

    // Every value is applied first; then a derived value that equals what its template gives
    // keeps following LOCAL_NAME/SUFFIX, one that differs stays the user's override. Doing it
    // after all values are in makes the outcome independent of the keys' order (a template may
    // refer to another derived field, e.g. the public IP name to the cluster name).
    QList<const FieldSpec*> derived;
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        const FieldSpec* spec = SettingsSchema::find(it.key());
        if (!spec) {
            result.errors.append({it.key(), SettingErrorCode::UnknownKey, 0, 0, {}});
            continue;
        }
        const QString text = toFieldText(*spec, it.value());
        if (text.isNull()) {
            result.errors.append(
                {it.key(), SettingErrorCode::WrongType, 0, 0, jsonTypeName(it.value())});
            continue;
        }
        result.settings.setValue(spec->key, text);
        if (spec->isDerived())
            derived.append(spec);
    }
    for (const FieldSpec* spec : derived) {
        if (result.settings.value(spec->key) == result.settings.derivedValue(spec->key))
            result.settings.clearOverride(spec->key);
    }
    result.errors += result.settings.validate();
    return result;
}

SettingsFile::LoadResult SettingsFile::load(const QString& path, const Settings& base)
{
    // Settings files are kilobytes: /dev/zero, a FIFO or a huge file is refused unread.
    const SmallFile::Result file = SmallFile::read(path);
    switch (file.error) {
    case SmallFile::Error::None:
        break;
    case SmallFile::Error::Unreadable:
        return {base, {{QString(), SettingErrorCode::FileUnreadable, 0, 0, file.detail}}};
    case SmallFile::Error::NotRegularFile:
        return {base, {{QString(), SettingErrorCode::NotRegularFile, 0, 0, {}}}};
    case SmallFile::Error::TooLarge: {
        const int limitKiB = int(SmallFile::DefaultLimit / 1024);
        return {base, {{QString(), SettingErrorCode::FileTooLarge, 0, limitKiB, {}}}};
    }
    }
    return fromJson(file.data, base);
}

QByteArray SettingsFile::toJson(const Settings& settings)
{
    QJsonObject vars;
    for (const FieldSpec& spec : SettingsSchema::fields()) {
        const QString v = settings.value(spec.key);
        bool isNumber = false;
        const qint64 n = v.toLongLong(&isNumber);
        // An invalid value is still saved (as text) so that nothing typed is lost.
        if (spec.kind == FieldKind::Integer && isNumber)
            vars.insert(spec.key, n);
        else if (spec.kind == FieldKind::Boolean &&
                 (v == QLatin1String("true") || v == QLatin1String("false")))
            vars.insert(spec.key, v == QLatin1String("true"));
        else
            vars.insert(spec.key, v);
    }
    QJsonObject root;
    root.insert(QStringLiteral("schema"), SchemaVersion);
    root.insert(QStringLiteral("variables"), vars);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SettingsFile::save(const QString& path, const Settings& settings, QString* error)
{
    return AtomicFile::write(path, toJson(settings), error);
}

} // namespace cnpg
