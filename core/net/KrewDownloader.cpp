#include "net/KrewDownloader.h"

#include "process/AsyncProcess.h"
#include "process/ToolEnvironment.h"
#include "settings/PinnedVersions.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

// The archive is a few megabytes; anything much larger is not krew.
constexpr qint64 maxArchiveBytes = 256 * 1024 * 1024;

QByteArray sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return QByteArray();
    return hash.result().toHex();
}

} // namespace

KrewDownloader::KrewDownloader(ProcessLauncher& launcher, QNetworkAccessManager& network,
                               Options options, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_network(network)
    , m_options(std::move(options))
{
    qRegisterMetaType<cnpg::KrewDownloader::Result>();
    if (m_options.platform.isEmpty())
        m_options.platform = currentPlatform();
}

KrewDownloader::~KrewDownloader()
{
    ++m_generation;
    abortReplies();
    AsyncProcess::cancel(m_tar);
    // A hash still running reads a file that is about to go; its result is dropped.
}

QUrl KrewDownloader::defaultBaseUrl()
{
    return releaseUrl(pinned::krewVersion());
}

QUrl KrewDownloader::releaseUrl(const QString& version)
{
    // A tagged release, never releases/latest: the same settings install the same krew.
    return QUrl(QStringLiteral("https://github.com/kubernetes-sigs/krew/releases/download/") +
                version + QLatin1Char('/'));
}

QByteArray KrewDownloader::checksumFor(const QString& checksums, const QString& platform)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (const QString& entry : checksums.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0 && entry.left(eq) == platform && hex.match(entry.mid(eq + 1)).hasMatch())
            return entry.mid(eq + 1).toLower().toLatin1();
    }
    return QByteArray();
}

QString KrewDownloader::currentPlatform()
{
    return ToolEnvironment::krewPlatform();
}

QString KrewDownloader::archiveName(const QString& platform)
{
    return QStringLiteral("krew-") + platform + QStringLiteral(".tar.gz");
}

QString KrewDownloader::binaryName(const QString& platform)
{
    QString name = QStringLiteral("krew-") + platform;
    if (platform.startsWith(QLatin1String("windows")))
        name += QStringLiteral(".exe");
    return name;
}

QByteArray KrewDownloader::parseChecksumFile(const QByteArray& content)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9a-fA-F]{64})(\\s|$)"));
    const auto m = re.match(QString::fromLatin1(content));
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

QString KrewDownloader::errorText(Error error)
{
    const char* text = "";
    switch (error) {
    case Error::None:
        return QString();
    case Error::Network:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader", "The krew download failed.");
        break;
    case Error::Timeout:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The krew download stopped: the server sent nothing for too "
                                 "long.");
        break;
    case Error::ChecksumFile:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The published checksum of krew could not be read.");
        break;
    case Error::Checksum:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The krew download does not match its SHA-256 checksum; "
                                 "nothing was installed.");
        break;
    case Error::NotPinned:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "KREW_SHA256 pins no SHA-256 for this computer's krew archive; "
                                 "add it from the release's .sha256 file. Nothing was installed.");
        break;
    case Error::Archive:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The krew archive is broken and could not be extracted; nothing "
                                 "was installed.");
        break;
    case Error::NoBinary:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The krew archive does not contain the program for this "
                                 "platform; nothing was installed.");
        break;
    case Error::Io:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader",
                                 "The krew download could not be saved to a temporary folder.");
        break;
    case Error::Cancelled:
        text = QT_TRANSLATE_NOOP("cnpg::KrewDownloader", "The krew download was cancelled.");
        break;
    }
    return QCoreApplication::translate("cnpg::KrewDownloader", text);
}

QUrl KrewDownloader::archiveUrl() const
{
    QUrl base = m_options.baseUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(archiveName(m_options.platform)));
}

QUrl KrewDownloader::checksumUrl() const
{
    QUrl url = archiveUrl();
    url.setPath(url.path() + QStringLiteral(".sha256"));
    return url;
}

void KrewDownloader::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void KrewDownloader::start()
{
    ++m_generation;
    abortReplies();
    AsyncProcess::cancel(m_tar);
    m_tar.clear();
    m_result = Result();
    m_expected.clear();
    m_archive.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    setPhase(Phase::Downloading);
    if (!m_dir->isValid()) {
        const QString why = m_dir->errorString();
        QTimer::singleShot(0, this, [this, why, g = m_generation] {
            if (g == m_generation)
                fail(Error::Io, why);
        });
        return;
    }
    m_archive = std::make_unique<QFile>(m_dir->filePath(archiveName(m_options.platform)));
    if (!m_archive->open(QIODevice::WriteOnly)) {
        const QString why = m_archive->errorString();
        QTimer::singleShot(0, this, [this, why, g = m_generation] {
            if (g == m_generation)
                fail(Error::Io, why);
        });
        return;
    }

    auto get = [this](const QUrl& url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy); // GitHub redirects
        request.setTransferTimeout(m_options.stallTimeoutMs);
        QNetworkReply* reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, &KrewDownloader::replyFinished);
        return reply;
    };
    m_pendingReplies = 1;
    m_expected = m_options.pinnedSha256.toLower();
    if (m_expected.isEmpty()) {
        ++m_pendingReplies;
        m_checksumReply = get(checksumUrl());
    }
    m_archiveReply = get(archiveUrl());
    // The archive goes to disk as it arrives; the hash is computed from the file.
    connect(m_archiveReply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_archiveReply->readAll();
        if (m_archive->size() + chunk.size() > maxArchiveBytes) {
            fail(Error::Network,
                 QStringLiteral("the archive is larger than %1 bytes").arg(maxArchiveBytes));
            return;
        }
        if (m_archive->write(chunk) != chunk.size())
            fail(Error::Io, m_archive->errorString());
    });
    connect(m_archiveReply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) {
                if (m_phase == Phase::Downloading)
                    emit progress(received, total > 0 ? total : -1);
            });
}

void KrewDownloader::replyFinished()
{
    auto* reply = qobject_cast<QNetworkReply*>(sender());
    if (!reply)
        return;
    reply->deleteLater();
    if (m_phase != Phase::Downloading)
        return; // failed already, or a reply of an earlier start()
    if (reply != m_archiveReply && reply != m_checksumReply)
        return;
    if (reply->error() != QNetworkReply::NoError) {
        const Error e = reply->error() == QNetworkReply::OperationCanceledError
                            ? Error::Timeout // transfer timeouts abort the reply
                            : Error::Network;
        fail(e, reply->url().toString() + QStringLiteral(": ") + reply->errorString());
        return;
    }
    if (reply == m_checksumReply) {
        m_expected = parseChecksumFile(reply->readAll());
        if (m_expected.isEmpty()) {
            fail(Error::ChecksumFile, reply->url().toString());
            return;
        }
    } else {
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && m_archive->write(rest) != rest.size()) {
            fail(Error::Io, m_archive->errorString());
            return;
        }
        // A connection that closes early is not always an error to QtNetwork.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() != m_archive->size()) {
            fail(Error::Network, QStringLiteral("%1: received %2 of %3 bytes")
                                     .arg(reply->url().toString())
                                     .arg(m_archive->size())
                                     .arg(length.toLongLong()));
            return;
        }
        emit progress(m_archive->size(), m_archive->size());
    }
    if (--m_pendingReplies == 0)
        verify();
}

void KrewDownloader::verify()
{
    if (!m_archive->flush()) {
        fail(Error::Io, m_archive->errorString());
        return;
    }
    m_archive->close();
    setPhase(Phase::Verifying);
    delete m_hashWatcher;
    m_hashWatcher = new QFutureWatcher<QByteArray>(this);
    const int generation = m_generation;
    connect(m_hashWatcher, &QFutureWatcher<QByteArray>::finished, this, [this, generation] {
        if (generation == m_generation && m_phase == Phase::Verifying)
            verified(m_hashWatcher->result());
    });
    m_hashWatcher->setFuture(QtConcurrent::run(sha256OfFile, m_archive->fileName()));
}

void KrewDownloader::verified(const QByteArray& actual)
{
    if (actual.isEmpty()) {
        fail(Error::Io, QStringLiteral("cannot read %1").arg(m_archive->fileName()));
        return;
    }
    if (actual != m_expected) {
        fail(Error::Checksum,
             QStringLiteral("SHA-256 of %1 is %2, the %3 one is %4")
                 .arg(archiveName(m_options.platform), QString::fromLatin1(actual),
                      m_options.pinnedSha256.isEmpty() ? QStringLiteral("published")
                                                       : QStringLiteral("pinned"),
                      QString::fromLatin1(m_expected)));
        return;
    }
    m_result.sha256 = QString::fromLatin1(actual);
    extract();
}

void KrewDownloader::extract()
{
    setPhase(Phase::Extracting);
    const QString target = m_dir->filePath(QStringLiteral("extracted"));
    if (!QDir().mkpath(target)) {
        fail(Error::Io, QStringLiteral("cannot create %1").arg(target));
        return;
    }
    ProcessSpec spec;
    spec.program = m_options.tarProgram;
    spec.arguments = {QStringLiteral("-xzf"), m_archive->fileName(), QStringLiteral("-C"), target};
    spec.environment = m_options.environment;
    const int generation = m_generation;
    m_tar = AsyncProcess::start(m_launcher, spec, this, m_options.extractTimeoutMs,
                                [this, generation](const ProcessResult& r, bool timedOut) {
                                    if (generation == m_generation && m_phase == Phase::Extracting)
                                        extracted(r, timedOut);
                                });
}

void KrewDownloader::extracted(const ProcessResult& r, bool timedOut)
{
    m_tar.clear();
    if (!r.ok() || timedOut) {
        QString why =
            r.failedToStart ? r.errorString : QString::fromUtf8(r.standardError).trimmed();
        if (timedOut)
            why = QStringLiteral("tar did not finish in time");
        fail(Error::Archive, why);
        return;
    }
    const QString target = m_dir->filePath(QStringLiteral("extracted"));
    const QFileInfo binary(target + QLatin1Char('/') + binaryName(m_options.platform));
    if (!binary.isFile()) {
        fail(Error::NoBinary, binaryName(m_options.platform));
        return;
    }
    QFile::setPermissions(binary.filePath(), QFile::permissions(binary.filePath()) |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOwner);
    m_result.directory = target;
    m_result.binary = binary.filePath();
    spdlog::info("krew: {} verified (sha256 {}) and extracted", archiveUrl().toString(),
                 m_result.sha256);
    setPhase(Phase::Done);
    emit finished(m_result);
}

void KrewDownloader::fail(Error error, const QString& detail)
{
    if (!isRunning())
        return;
    ++m_generation; // drop whatever else is still under way
    abortReplies();
    AsyncProcess::cancel(m_tar);
    m_tar.clear();
    m_archive.reset();
    m_dir.reset(); // a partial extraction goes with it
    m_result = Result();
    m_result.error = error;
    m_result.detail = detail;
    spdlog::warn("krew: download of {} failed ({}): {}", archiveUrl().toString(),
                 QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(error))), detail);
    setPhase(Phase::Done);
    emit finished(m_result);
}

void KrewDownloader::cancel()
{
    if (!isRunning())
        return;
    const int generation = m_generation;
    // Reported from the event loop, never from inside the caller's cancel().
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            fail(Error::Cancelled, QString());
    });
}

void KrewDownloader::abortReplies()
{
    for (QPointer<QNetworkReply>* r : {&m_archiveReply, &m_checksumReply}) {
        if (*r) {
            (*r)->disconnect(this);
            // Deleting a reply stops its transfer; abort() would also report an error, which
            // QtNetwork warns about when the reply is failing on its own at the same time.
            (*r)->deleteLater();
        }
        r->clear();
    }
}

} // namespace cnpg
