#pragma once

#include "ProcessLauncher.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryDir;

namespace cnpg {

// The guide's krew installer without a shell: download krew-<os>_<arch>.tar.gz and its
// .sha256, check the hash, extract it with tar, run `./krew-<os>_<arch> install krew`.
// Everything is asynchronous (QNetworkAccessManager, the process launcher).
class KrewInstaller : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString baseUrl = defaultBaseUrl();
        QString platform; // empty: ToolEnvironment::krewPlatform()
        QProcessEnvironment environment;
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
    // `reason` is a reason:: code (Download, Checksum, ExitCode, ...) when it failed.
    void finished(bool ok, const QString& reason, const QString& errorText);

private:
    void downloaded();
    void runTool(const QString& program, const QStringList& args, void (KrewInstaller::*next)());
    void extracted();
    void installed();
    void fail(const QString& reason, const QString& text);

    ProcessLauncher& m_launcher;
    QNetworkAccessManager& m_network;
    Options m_options;
    QPointer<QNetworkReply> m_archiveReply;
    QPointer<QNetworkReply> m_hashReply;
    RunningProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_pendingDownloads = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cnpg
