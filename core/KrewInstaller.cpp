#include "KrewInstaller.h"

#include "StepState.h"
#include "ToolEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUrl>

namespace cnpg {

QString KrewInstaller::defaultBaseUrl()
{
    return QStringLiteral("https://github.com/kubernetes-sigs/krew/releases/latest/download");
}

KrewInstaller::KrewInstaller(ProcessLauncher& launcher, QNetworkAccessManager& network,
                             Options options, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_network(network)
    , m_options(std::move(options))
{
    if (m_options.platform.isEmpty())
        m_options.platform = ToolEnvironment::krewPlatform();
}

KrewInstaller::~KrewInstaller()
{
    if (m_archiveReply)
        m_archiveReply->abort();
    if (m_hashReply)
        m_hashReply->abort();
}

void KrewInstaller::start()
{
    m_running = true;
    m_cancelled = false;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        fail(reason::Download, m_dir->errorString());
        return;
    }
    const QString base = m_options.baseUrl.endsWith(QLatin1Char('/'))
                             ? m_options.baseUrl
                             : m_options.baseUrl + QLatin1Char('/');
    const QString archive =
        QStringLiteral("krew-") + m_options.platform + QStringLiteral(".tar.gz");
    auto request = [&](const QString& name) {
        QNetworkRequest r{QUrl(base + name)};
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = m_network.get(r);
        connect(reply, &QNetworkReply::finished, this, &KrewInstaller::downloaded);
        return reply;
    };
    m_pendingDownloads = 2;
    m_archiveReply = request(archive);
    m_hashReply = request(archive + QStringLiteral(".sha256"));
}

void KrewInstaller::downloaded()
{
    if (!m_running || --m_pendingDownloads > 0)
        return;
    auto* archiveReply = m_archiveReply.data();
    auto* hashReply = m_hashReply.data();
    const auto cleanup = qScopeGuard([&] {
        if (archiveReply)
            archiveReply->deleteLater();
        if (hashReply)
            hashReply->deleteLater();
    });
    if (m_cancelled) {
        fail(reason::Download, QStringLiteral("cancelled"));
        return;
    }
    for (QNetworkReply* r : {archiveReply, hashReply}) {
        if (!r || r->error() != QNetworkReply::NoError) {
            fail(reason::Download, r ? r->url().toString() + QStringLiteral(": ") + r->errorString()
                                     : QStringLiteral("download failed"));
            return;
        }
    }
    const QByteArray archive = archiveReply->readAll();
    // The .sha256 file holds the hex digest, possibly followed by the file name.
    const QByteArray expected = hashReply->readAll().trimmed().split(' ').value(0).toLower();
    const QByteArray actual = QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex();
    if (expected.isEmpty() || expected != actual) {
        fail(reason::Checksum,
             QStringLiteral("SHA-256 mismatch: expected %1, got %2")
                 .arg(QString::fromLatin1(expected), QString::fromLatin1(actual)));
        return;
    }
    const QString path =
        m_dir->filePath(QStringLiteral("krew-") + m_options.platform + QStringLiteral(".tar.gz"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive) != archive.size()) {
        fail(reason::Download, file.errorString());
        return;
    }
    file.close();
    runTool(QStringLiteral("tar"),
            {QStringLiteral("-xzf"), path, QStringLiteral("-C"), m_dir->path()},
            &KrewInstaller::extracted);
}

void KrewInstaller::runTool(const QString& program, const QStringList& args,
                            void (KrewInstaller::*next)())
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = args;
    spec.environment = m_options.environment;
    spec.workingDirectory = m_dir->path();
    m_process = m_launcher.start(spec, this);
    connect(m_process, &RunningProcess::output, this, &KrewInstaller::output);
    connect(m_process, &RunningProcess::finished, this, [this, next](const ProcessResult& r) {
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
            (this->*next)();
        }
    });
}

void KrewInstaller::extracted()
{
    runTool(m_dir->filePath(QStringLiteral("krew-") + m_options.platform),
            {QStringLiteral("install"), QStringLiteral("krew")}, &KrewInstaller::installed);
}

void KrewInstaller::installed()
{
    m_running = false;
    m_dir.reset();
    emit finished(true, QString(), QString());
}

void KrewInstaller::fail(const QString& reasonCode, const QString& text)
{
    m_running = false;
    m_dir.reset();
    emit finished(false, reasonCode, text);
}

void KrewInstaller::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process) {
        m_process->terminate();
        return;
    }
    // Aborting emits finished() on the replies, which ends up in downloaded().
    if (m_archiveReply)
        m_archiveReply->abort();
    if (m_hashReply)
        m_hashReply->abort();
}

void KrewInstaller::kill()
{
    if (m_process)
        m_process->kill();
}

} // namespace cnpg
