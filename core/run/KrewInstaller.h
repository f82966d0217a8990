#pragma once

#include "process/ProcessLauncher.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace cnpg {

class KrewDownloader;

// The guide's krew installer without a shell: KrewDownloader fetches krew-<os>_<arch>.tar.gz
// and its .sha256, checks the hash and extracts the archive into a temporary directory; only
// then does this run `./krew-<os>_<arch> install krew`. The release is a tagged one with the
// SHA-256 the settings pin, so that a deployment installs the same krew next month. A failed
// download, a wrong checksum or a broken archive installs nothing. Everything is asynchronous.
class KrewInstaller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Empty: the release `version` pins, checked against its digest in `checksums`. Set (a
        // mirror, the simulator's local release): that directory, checked against the .sha256
        // file it publishes next to the archive.
        QString baseUrl;
        QString version;   // KREW_VERSION; empty: the pinned one (PinnedVersions.h)
        QString checksums; // KREW_SHA256, "linux_amd64=<hex> ..."; empty: the pinned ones
        QString platform;  // empty: ToolEnvironment::krewPlatform()
        QProcessEnvironment environment; // its PATH must hold ${KREW_ROOT}/bin for plugins
        // Then `kubectl krew install <plugins>`, e.g. {"cnpg"}: a one-button set-up outside the
        // plan (whose krew.cnpg step does it there). Empty: krew alone.
        QStringList plugins;
    };
    static QString defaultBaseUrl();

    KrewInstaller(ProcessLauncher& launcher, QNetworkAccessManager& network, Options options,
                  QObject* parent = nullptr);
    ~KrewInstaller() override;

    void start();
    // Aborts the downloads or terminates the running tool; finished() follows.
    void cancel();
    void kill();
    bool isRunning() const { return m_running; }

signals:
    void output(int channel, const QByteArray& data);
    // The archive's download: bytes so far and its size (-1 while unknown).
    void progress(qint64 received, qint64 total);
    // `reason` is a reason:: code (Download, Checksum, ExitCode, ...) when it failed.
    void finished(bool ok, const QString& reason, const QString& errorText);

private:
    void downloaded();
    void installed(const ProcessResult& r);
    void runTool(const QString& program, const QStringList& args, const QString& directory,
                 void (KrewInstaller::*next)(const ProcessResult&));
    void pluginsInstalled(const ProcessResult& r);
    bool toolFailed(const ProcessResult& r);
    void succeed();
    void fail(const QString& reason, const QString& text);

    ProcessLauncher& m_launcher;
    QNetworkAccessManager& m_network;
    Options m_options;
    KrewDownloader* m_downloader = nullptr;
    RunningProcess* m_process = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cnpg
