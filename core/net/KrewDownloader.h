#pragma once

#include "process/ProcessLauncher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryDir;

namespace cnpg {

// The download half of the guide's krew installer, with QtNetwork instead of curl: fetch
// krew-<os>_<arch>.tar.gz and its published .sha256, check the hash (off the GUI thread, in
// QtConcurrent), and extract the archive into a private temporary directory (`tar`, as its own
// process). Nothing is installed here: the caller runs the extracted `krew-<os>_<arch> install
// krew` only after finished() reported success, so a wrong checksum, a truncated download or a
// broken archive leaves the machine untouched. Never blocks.
class KrewDownloader : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        Network,      // the server is down, refused, answered 4xx/5xx, or the body was cut short
        Timeout,      // no data for stallTimeoutMs
        ChecksumFile, // the .sha256 file holds no SHA-256 digest
        Checksum,     // the archive's digest differs from the pinned or published one
        NotPinned,    // KREW_SHA256 names no digest for this platform
        Archive,      // tar could not extract the archive (broken or truncated)
        NoBinary,     // the archive does not hold krew-<os>_<arch>
        Io,           // a local file could not be written
        Cancelled,
    };
    Q_ENUM(Error)

    enum class Phase
    {
        Idle,
        Downloading,
        Verifying,
        Extracting,
        Done,
    };
    Q_ENUM(Phase)

    struct Options
    {
        QUrl baseUrl = defaultBaseUrl(); // a directory URL; file:// works too (simulation)
        QString platform;                // empty: this machine's, e.g. "linux_amd64"
        // The digest the archive must have, pinned in the settings (KREW_SHA256); the published
        // .sha256 file is then not needed. Empty: that file is the reference (the simulator's
        // local release publishes its own).
        QByteArray pinnedSha256;
        int stallTimeoutMs = 30000;      // no bytes for this long: Timeout
        int extractTimeoutMs = 120000;
        QString tarProgram = QStringLiteral("tar");
        QProcessEnvironment environment; // for tar; empty: the parent's
    };

    struct Result
    {
        Error error = Error::None;
        QString detail;    // what went wrong, for the log (not translated)
        QString directory; // where the archive was extracted
        QString binary;    // the extracted krew-<os>_<arch>
        QString sha256;    // the verified digest
        bool ok() const { return error == Error::None; }
    };

    KrewDownloader(ProcessLauncher& launcher, QNetworkAccessManager& network, Options options,
                   QObject* parent = nullptr);
    ~KrewDownloader() override;

    // The pinned release's directory (PinnedVersions.h).
    static QUrl defaultBaseUrl();
    // https://github.com/kubernetes-sigs/krew/releases/download/<version>/
    static QUrl releaseUrl(const QString& version);
    // The digest for `platform` in a KREW_SHA256 list ("linux_amd64=<hex> darwin_arm64=<hex>"),
    // lower case; empty when the list has none for it.
    static QByteArray checksumFor(const QString& checksums, const QString& platform);
    // "linux_amd64", "darwin_arm64", "windows_amd64", as krew names its release files.
    static QString currentPlatform();
    static QString archiveName(const QString& platform);
    static QString binaryName(const QString& platform);
    // The digest of a .sha256 file ("<hex>" or "<hex>  <file name>"), lower case; empty when
    // the content is no SHA-256 digest.
    static QByteArray parseChecksumFile(const QByteArray& content);
    // The English source text for an error, context "cnpg::KrewDownloader"; errorText() is it
    // translated.
    static QString errorText(Error error);

    QUrl archiveUrl() const;
    QUrl checksumUrl() const;

    // Starts (or restarts) the download. finished() follows exactly once, from the event loop.
    void start();
    // Stops whatever runs; finished() follows with Error::Cancelled.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    Phase phase() const { return m_phase; }
    const Result& result() const { return m_result; }

signals:
    void phaseChanged(cnpg::KrewDownloader::Phase phase);
    // Bytes of the archive received so far, and its size (-1 while unknown).
    void progress(qint64 received, qint64 total);
    // The extracted files stay until the downloader is destroyed or started again.
    void finished(const cnpg::KrewDownloader::Result& result);

private:
    void setPhase(Phase phase);
    void replyFinished();
    void verify();
    void verified(const QByteArray& actual);
    void extract();
    void extracted(const ProcessResult& result, bool timedOut);
    void fail(Error error, const QString& detail);
    void abortReplies();

    ProcessLauncher& m_launcher;
    QNetworkAccessManager& m_network;
    Options m_options;
    Phase m_phase = Phase::Idle;
    Result m_result;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QFile> m_archive;
    QPointer<QNetworkReply> m_archiveReply;
    QPointer<QNetworkReply> m_checksumReply;
    QByteArray m_expected;
    QPointer<RunningProcess> m_tar;
    QFutureWatcher<QByteArray>* m_hashWatcher = nullptr;
    int m_pendingReplies = 0;
    int m_generation = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::KrewDownloader::Result)
