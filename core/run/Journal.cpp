#include "run/Journal.h"

#include "settings/Settings.h"
#include "settings/SettingsFile.h"
#include "util/AtomicFile.h"
#include "util/SmallFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace cnpg {

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QJsonArray phasesToJson(const QList<Journal::Phase>& phases)
{
    QJsonArray out;
    for (const Journal::Phase& p : phases) {
        QJsonObject o{{QStringLiteral("state"), stepStateName(p.state)},
                      {QStringLiteral("atMs"), double(p.atMs)},
                      {QStringLiteral("attempt"), p.attempt}};
        if (!p.reason.isEmpty())
            o.insert(QStringLiteral("reason"), p.reason);
        out.append(o);
    }
    return out;
}

// A phase of an unknown state, or out of order, is dropped: the timeline stays drawable.
QList<Journal::Phase> phasesFromJson(const QJsonArray& array)
{
    QList<Journal::Phase> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        bool ok = false;
        Journal::Phase p;
        p.state = stepStateFromName(o.value(QStringLiteral("state")).toString(), &ok);
        p.atMs = qint64(o.value(QStringLiteral("atMs")).toDouble(-1));
        p.attempt = o.value(QStringLiteral("attempt")).toInt();
        p.reason = o.value(QStringLiteral("reason")).toString();
        if (ok && p.atMs >= 0 && (out.isEmpty() || p.atMs >= out.constLast().atMs))
            out << p;
    }
    return out;
}
} // namespace

QByteArray Journal::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), SchemaVersion);
    root.insert(QStringLiteral("deployment"), deployment);
    if (!mode.isEmpty())
        root.insert(QStringLiteral("mode"), mode);
    root.insert(QStringLiteral("settingsHash"), settingsHash);
    root.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("startedAt"), iso(startedAt));
    root.insert(QStringLiteral("updatedAt"), iso(updatedAt));
    root.insert(QStringLiteral("outcome"), outcome);
    QJsonObject stepsObj;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        const StepRecord& r = it.value();
        QJsonObject s;
        s.insert(QStringLiteral("state"), stepStateName(r.state));
        s.insert(QStringLiteral("attempts"), r.attempts);
        if (!r.reason.isEmpty())
            s.insert(QStringLiteral("reason"), r.reason);
        if (!r.errorText.isEmpty())
            s.insert(QStringLiteral("error"), r.errorText);
        if (r.startedAt.isValid())
            s.insert(QStringLiteral("startedAt"), iso(r.startedAt));
        if (r.finishedAt.isValid())
            s.insert(QStringLiteral("finishedAt"), iso(r.finishedAt));
        s.insert(QStringLiteral("elapsedMs"), double(r.elapsedMs));
        if (!r.phases.isEmpty())
            s.insert(QStringLiteral("phases"), phasesToJson(r.phases));
        stepsObj.insert(it.key(), s);
    }
    root.insert(QStringLiteral("steps"), stepsObj);
    QJsonObject capturesObj;
    for (auto it = captures.cbegin(); it != captures.cend(); ++it)
        capturesObj.insert(it.key(), it.value());
    root.insert(QStringLiteral("captures"), capturesObj);
    root.insert(QStringLiteral("inFlight"), QJsonArray::fromStringList(inFlight));
    QJsonArray runs;
    for (const RunRecord& r : history) {
        QJsonObject o;
        o.insert(QStringLiteral("startedAt"), iso(r.startedAt));
        o.insert(QStringLiteral("endedAt"), iso(r.endedAt));
        o.insert(QStringLiteral("outcome"), r.outcome);
        o.insert(QStringLiteral("inFlight"), QJsonArray::fromStringList(r.inFlight));
        runs.append(o);
    }
    root.insert(QStringLiteral("history"), runs);
    if (!readiness.isEmpty())
        root.insert(QStringLiteral("readiness"), readiness);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Journal> Journal::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        // Valid JSON of another shape ([] or "x") has no parse error to report.
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("cnpg::Journal",
                                                       "not a journal: its top level is not a "
                                                       "JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != SchemaVersion) {
        if (error)
            *error = QStringLiteral("unsupported journal schema");
        return std::nullopt;
    }
    Journal j;
    j.deployment = root.value(QStringLiteral("deployment")).toString();
    j.mode = root.value(QStringLiteral("mode")).toString();
    j.settingsHash = root.value(QStringLiteral("settingsHash")).toString();
    j.settings = root.value(QStringLiteral("settings")).toObject();
    j.startedAt = fromIso(root.value(QStringLiteral("startedAt")));
    j.updatedAt = fromIso(root.value(QStringLiteral("updatedAt")));
    j.outcome = root.value(QStringLiteral("outcome")).toString();
    const QJsonObject stepsObj = root.value(QStringLiteral("steps")).toObject();
    for (auto it = stepsObj.constBegin(); it != stepsObj.constEnd(); ++it) {
        const QJsonObject s = it.value().toObject();
        StepRecord r;
        r.state = stepStateFromName(s.value(QStringLiteral("state")).toString());
        r.attempts = s.value(QStringLiteral("attempts")).toInt();
        r.reason = s.value(QStringLiteral("reason")).toString();
        r.errorText = s.value(QStringLiteral("error")).toString();
        r.startedAt = fromIso(s.value(QStringLiteral("startedAt")));
        r.finishedAt = fromIso(s.value(QStringLiteral("finishedAt")));
        r.elapsedMs = qint64(s.value(QStringLiteral("elapsedMs")).toDouble());
        r.phases = phasesFromJson(s.value(QStringLiteral("phases")).toArray());
        j.steps.insert(it.key(), r);
    }
    const QJsonObject capturesObj = root.value(QStringLiteral("captures")).toObject();
    for (auto it = capturesObj.constBegin(); it != capturesObj.constEnd(); ++it)
        j.captures.insert(it.key(), it.value().toString());
    for (const QJsonValue& v : root.value(QStringLiteral("inFlight")).toArray())
        j.inFlight << v.toString();
    j.readiness = root.value(QStringLiteral("readiness")).toObject();
    for (const QJsonValue& v : root.value(QStringLiteral("history")).toArray()) {
        const QJsonObject o = v.toObject();
        RunRecord r;
        r.startedAt = fromIso(o.value(QStringLiteral("startedAt")));
        r.endedAt = fromIso(o.value(QStringLiteral("endedAt")));
        r.outcome = o.value(QStringLiteral("outcome")).toString();
        for (const QJsonValue& f : o.value(QStringLiteral("inFlight")).toArray())
            r.inFlight << f.toString();
        j.history << r;
    }
    return j;
}

bool Journal::save(const QString& path, QString* error) const
{
    return AtomicFile::write(path, toJson(), error,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

std::optional<Journal> Journal::load(const QString& path, QString* error)
{
    // Journals are kilobytes: a FIFO or a device in their place is refused unread.
    const SmallFile::Result file = SmallFile::read(path, MaxBytes);
    if (!file.ok()) {
        if (error) {
            switch (file.error) {
            case SmallFile::Error::NotRegularFile:
                *error = QCoreApplication::translate(
                    "cnpg::Journal", "not a regular file (a pipe, a device or a folder)");
                break;
            case SmallFile::Error::TooLarge:
                *error = QCoreApplication::translate("cnpg::Journal",
                                                     "larger than %1 MiB; not a journal")
                             .arg(MaxBytes / (1024 * 1024));
                break;
            default:
                *error = file.detail;
            }
        }
        return std::nullopt;
    }
    return fromJson(file.data, error);
}

QString Journal::hashValues(const QHash<QString, QString>& values)
{
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& k : keys) {
        hash.addData(k.toUtf8());
        hash.addData(QByteArrayView("=", 1));
        hash.addData(values.value(k).toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString Journal::pathFor(const QString& dataDir, const Settings& settings)
{
    return dataDir + QStringLiteral("/deployments/") + settings.value(keys::ResourceGroup) +
           QStringLiteral("/journal.json");
}

QString Journal::teardownPathFor(const QString& dataDir, const Settings& settings)
{
    return dataDir + QStringLiteral("/deployments/") + settings.value(keys::ResourceGroup) +
           QStringLiteral("/teardown.json");
}

QString Journal::latestPath(const QString& dataDir)
{
    if (dataDir.isEmpty())
        return QString();
    QFileInfo latest;
    QDirIterator it(dataDir + QStringLiteral("/deployments"), {QStringLiteral("journal.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!latest.exists() || info.lastModified() > latest.lastModified())
            latest = info;
    }
    return latest.exists() ? latest.absoluteFilePath() : QString();
}

std::optional<Settings> Journal::deployedSettings() const
{
    if (settings.isEmpty())
        return std::nullopt;
    return SettingsFile::fromJson(QJsonDocument(settings).toJson(), Settings()).settings;
}

} // namespace cnpg
