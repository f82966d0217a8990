#include "run/KrewInstaller.h"

#include "net/KrewDownloader.h"
#include "run/StepState.h"
#include "settings/PinnedVersions.h"

#include <QTimer>
#include <QUrl>

namespace cnpg {

QString KrewInstaller::defaultBaseUrl()
{
    return KrewDownloader::defaultBaseUrl().toString();
}

KrewInstaller::KrewInstaller(ProcessLauncher& launcher, QNetworkAccessManager& network,
                             Options options, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_network(network)
    , m_options(std::move(options))
{}

KrewInstaller::~KrewInstaller() = default; // the downloader aborts its own transfers

void KrewInstaller::start()
{
    m_running = true;
    m_cancelled = false;
    delete m_downloader;
    KrewDownloader::Options o;
    o.platform =
        m_options.platform.isEmpty() ? KrewDownloader::currentPlatform() : m_options.platform;
    o.environment = m_options.environment;
    if (m_options.baseUrl.isEmpty()) {
        o.baseUrl = KrewDownloader::releaseUrl(m_options.version.isEmpty() ? pinned::krewVersion()
                                                                           : m_options.version);
        o.pinnedSha256 = KrewDownloader::checksumFor(
            m_options.checksums.isEmpty() ? pinned::krewChecksums() : m_options.checksums,
            o.platform);
        if (o.pinnedSha256.isEmpty()) {
            // Never install an archive nothing vouches for; finished() from the event loop.
            const QString text = KrewDownloader::errorText(KrewDownloader::Error::NotPinned) +
                                 QStringLiteral(" (") + KrewDownloader::archiveName(o.platform) +
                                 QLatin1Char(')');
            QTimer::singleShot(0, this, [this, text] { fail(reason::Checksum, text); });
            return;
        }
    } else {
        o.baseUrl = QUrl(m_options.baseUrl);
    }
    m_downloader = new KrewDownloader(m_launcher, m_network, o, this);
    connect(m_downloader, &KrewDownloader::progress, this, &KrewInstaller::progress);
    connect(m_downloader, &KrewDownloader::finished, this, &KrewInstaller::downloaded);
    emit output(1, "Downloading " + m_downloader->archiveUrl().toEncoded() + '\n');
    m_downloader->start();
}

void KrewInstaller::downloaded()
{
    const KrewDownloader::Result& r = m_downloader->result();
    if (!r.ok()) {
        using E = KrewDownloader::Error;
        const bool checksum = r.error == E::Checksum || r.error == E::ChecksumFile;
        fail(checksum ? reason::Checksum : reason::Download,
             KrewDownloader::errorText(r.error) +
                 (r.detail.isEmpty() ? QString() : QStringLiteral(" (") + r.detail + ')'));
        return;
    }
    emit output(1, "SHA-256 " + r.sha256.toLatin1() + " verified\n");
    if (m_cancelled) {
        fail(reason::Download, QStringLiteral("cancelled"));
        return;
    }
    runTool(r.binary, {QStringLiteral("install"), QStringLiteral("krew")}, r.directory,
            &KrewInstaller::installed);
}

void KrewInstaller::runTool(const QString& program, const QStringList& args,
                            const QString& directory,
                            void (KrewInstaller::*next)(const ProcessResult&))
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = args;
    spec.environment = m_options.environment;
    spec.workingDirectory = directory;
    m_process = m_launcher.start(spec, this);
    connect(m_process, &RunningProcess::output, this, &KrewInstaller::output);
    connect(m_process, &RunningProcess::finished, this, next);
}

bool KrewInstaller::toolFailed(const ProcessResult& r)
{
    m_process->deleteLater();
    m_process = nullptr;
    if (m_cancelled) {
        fail(reason::Crashed, QString::fromUtf8(r.standardError));
    } else if (r.failedToStart) {
        fail(reason::FailedToStart, r.errorString);
    } else if (!r.ok()) {
        fail(r.crashed ? reason::Crashed : reason::ExitCode,
             QString::fromUtf8(r.standardError + r.standardOutput).trimmed());
    } else {
        return false;
    }
    return true;
}

void KrewInstaller::installed(const ProcessResult& r)
{
    if (toolFailed(r))
        return;
    if (m_options.plugins.isEmpty()) {
        succeed();
        return;
    }
    runTool(QStringLiteral("kubectl"),
            QStringList{QStringLiteral("krew"), QStringLiteral("install")} + m_options.plugins,
            QString(), &KrewInstaller::pluginsInstalled);
}

void KrewInstaller::pluginsInstalled(const ProcessResult& r)
{
    if (!toolFailed(r))
        succeed();
}

void KrewInstaller::succeed()
{
    m_running = false;
    m_downloader->deleteLater(); // and its temporary directory
    m_downloader = nullptr;
    emit finished(true, QString(), QString());
}

void KrewInstaller::fail(const QString& reasonCode, const QString& text)
{
    m_running = false;
    if (m_downloader) {
        m_downloader->deleteLater();
        m_downloader = nullptr;
    }
    emit finished(false, reasonCode, text);
}

void KrewInstaller::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process)
        m_process->terminate();
    else if (m_downloader)
        m_downloader->cancel(); // finished() with Cancelled follows
}

void KrewInstaller::kill()
{
    if (m_process)
        m_process->kill();
}

} // namespace cnpg
