// The krew download against a local HTTP server (QTcpServer): progress, checksum, broken and
// truncated archives, a server that is down or stalls; and, through KrewInstaller, that only a
// verified, fully extracted archive installs anything.
#include "PreflightTestUtil.h"
#include "net/KrewDownloader.h"
#include "run/KrewInstaller.h"
#include "settings/PinnedVersions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;
using cnpg::test::HttpServer;

namespace {

const QString platform = QStringLiteral("linux_amd64");
const QString archivePath = QStringLiteral("/krew-linux_amd64.tar.gz");
const QString checksumPath = QStringLiteral("/krew-linux_amd64.tar.gz.sha256");

// A krew stand-in: `install krew` puts kubectl-krew into $KREW_ROOT/bin, as the real one does;
// that one's `install <plugin>` puts kubectl-<plugin> next to it.
const QByteArray fakeKrew =
    "#!/bin/sh\n"
    "[ \"$1 $2\" = 'install krew' ] || exit 2\n"
    "mkdir -p \"$KREW_ROOT/bin\" || exit 1\n"
    "cp \"${0%/*}/kubectl-krew.stub\" \"$KREW_ROOT/bin/kubectl-krew\" || exit 1\n"
    "echo 'Installed plugin: krew'\n";
const QByteArray fakeKrewPlugin =
    "#!/bin/sh\n"
    "if [ \"$1\" = install ]; then\n"
    "    shift\n"
    "    for p in \"$@\"; do\n"
    "        printf '#!/bin/sh\\necho plugin\\n' > \"$KREW_ROOT/bin/kubectl-$p\" || exit 1\n"
    "        chmod +x \"$KREW_ROOT/bin/kubectl-$p\"\n"
    "    done\n"
    "    exit 0\n"
    "fi\n"
    "printf 'OPTION  VALUE\\nGitTag  v0.4.4\\n'\n";
// kubectl's plugin dispatch, reduced to what the test needs.
const QByteArray fakeKubectl = "#!/bin/sh\n"
                               "p=$1\n"
                               "shift\n"
                               "exec \"$KREW_ROOT/bin/kubectl-$p\" \"$@\"\n";

QByteArray hexSha(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestKrewDownload : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_work;
    QByteArray m_archive;  // a real krew-shaped release archive
    QByteArray m_noBinary; // a valid archive without the program

    QByteArray makeArchive(const QString& name, const QMap<QString, QByteArray>& files)
    {
        const QString dir = m_work.filePath(name);
        QDir().mkpath(dir);
        for (auto it = files.begin(); it != files.end(); ++it) {
            QFile f(dir + QLatin1Char('/') + it.key());
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write(it.value());
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        const QString out = m_work.filePath(name + QStringLiteral(".tar.gz"));
        QStringList args{QStringLiteral("-czf"), out, QStringLiteral("-C"), dir};
        args << files.keys();
        if (QProcess::execute(QStringLiteral("tar"), args) != 0)
            return {};
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    struct Outcome
    {
        KrewDownloader::Result result;
        QList<QPair<qint64, qint64>> progress;
        QList<KrewDownloader::Phase> phases;
        qint64 elapsedMs = 0;
    };

    Outcome download(const QUrl& base, int stallMs = 5000, const QByteArray& pinned = {})
    {
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        KrewDownloader::Options o;
        o.baseUrl = base;
        o.pinnedSha256 = pinned;
        o.platform = platform;
        o.stallTimeoutMs = stallMs;
        KrewDownloader d(launcher, network, o);
        Outcome out;
        connect(&d, &KrewDownloader::progress, this,
                [&out](qint64 got, qint64 total) { out.progress << qMakePair(got, total); });
        connect(&d, &KrewDownloader::phaseChanged, this,
                [&out](KrewDownloader::Phase p) { out.phases << p; });
        QSignalSpy done(&d, &KrewDownloader::finished);
        QElapsedTimer t;
        t.start();
        d.start();
        if (!done.wait(10000))
            return out;
        out.elapsedMs = t.elapsed();
        out.result = done.first().first().value<KrewDownloader::Result>();
        if (out.result.ok()) {
            // The files are there while the downloader lives...
            [&] {
                QVERIFY(QFileInfo(out.result.binary).isExecutable());
                QCOMPARE(QFileInfo(out.result.binary).fileName(),
                         QStringLiteral("krew-linux_amd64"));
            }();
        }
        return out;
    }

    // A full install through KrewInstaller: returns the reason code ("" on success) and
    // whether anything landed in KREW_ROOT.
    QPair<QString, bool> install(const QUrl& base, const QStringList& plugins = {})
    {
        QTemporaryDir root;
        QTemporaryDir bin;
        {
            QFile k(bin.filePath(QStringLiteral("kubectl")));
            if (!k.open(QIODevice::WriteOnly))
                return {QStringLiteral("no kubectl stand-in"), false};
            k.write(fakeKubectl);
            k.close();
            k.setPermissions(k.permissions() | QFileDevice::ExeOwner);
        }
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        KrewInstaller::Options o;
        o.baseUrl = base.toString();
        o.platform = platform;
        o.environment = QProcessEnvironment::systemEnvironment();
        o.environment.insert(QStringLiteral("KREW_ROOT"), root.filePath(QStringLiteral("krew")));
        o.environment.insert(QStringLiteral("PATH"),
                             bin.path() + QLatin1Char(':') +
                                 root.filePath(QStringLiteral("krew/bin")) + QLatin1Char(':') +
                                 o.environment.value(QStringLiteral("PATH")));
        o.plugins = plugins;
        KrewInstaller installer(launcher, network, o);
        QSignalSpy progress(&installer, &KrewInstaller::progress);
        QSignalSpy done(&installer, &KrewInstaller::finished);
        installer.start();
        if (!done.wait(10000))
            return {QStringLiteral("no answer"), false};
        const bool ok = done.first().at(0).toBool();
        const bool landed = QDir(root.filePath(QStringLiteral("krew"))).exists();
        if (ok) {
            [&] {
                QVERIFY(!progress.isEmpty());
                QVERIFY(QFileInfo(root.filePath(QStringLiteral("krew/bin/kubectl-krew")))
                            .isExecutable());
                for (const QString& p : plugins)
                    QVERIFY(QFileInfo(root.filePath(QStringLiteral("krew/bin/kubectl-") + p))
                                .isExecutable());
            }();
        }
        return {ok ? QString() : done.first().at(1).toString(), landed};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // Some incompressible padding, so that the archive arrives in many pieces.
        QByteArray padding(256 * 1024, Qt::Uninitialized);
        for (char& c : padding)
            c = char(QRandomGenerator::global()->bounded(256));
        m_archive = makeArchive(QStringLiteral("release"),
                                {{QStringLiteral("krew-linux_amd64"), fakeKrew},
                                 {QStringLiteral("kubectl-krew.stub"), fakeKrewPlugin},
                                 {QStringLiteral("LICENSE"), padding}});
        QVERIFY(m_archive.size() > 200 * 1024);
        m_noBinary =
            makeArchive(QStringLiteral("other"), {{QStringLiteral("README.md"), "# not krew\n"}});
        QVERIFY(!m_noBinary.isEmpty());
    }

    void matchingChecksumExtractsWithProgress()
    {
        HttpServer http;
        HttpServer::Route archive{200, m_archive};
        archive.slices = 8;
        http.route(archivePath, archive);
        http.route(checksumPath, {200, hexSha(m_archive) + "\n"});
        const Outcome o = download(QUrl(http.base()));
        QVERIFY2(o.result.ok(), qPrintable(o.result.detail));
        QCOMPARE(o.result.sha256, QString::fromLatin1(hexSha(m_archive)));
        QVERIFY(o.progress.size() >= 2);
        QCOMPARE(o.progress.last().first, qint64(m_archive.size()));
        QCOMPARE(o.progress.last().second, qint64(m_archive.size()));
        for (int i = 1; i < o.progress.size(); ++i)
            QVERIFY(o.progress.at(i).first >= o.progress.at(i - 1).first);
        using P = KrewDownloader::Phase;
        QCOMPARE(o.phases, (QList<P>{P::Downloading, P::Verifying, P::Extracting, P::Done}));
    }

    void checksumFileWithFileName()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive});
        http.route(checksumPath,
                   {200, hexSha(m_archive).toUpper() + "  krew-linux_amd64.tar.gz\n"});
        QVERIFY(download(QUrl(http.base())).result.ok());
    }

    void matchingChecksumInstalls()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive});
        http.route(checksumPath, {200, hexSha(m_archive)});
        const auto [reason, landed] = install(QUrl(http.base()));
        QCOMPARE(reason, QString());
        QVERIFY(landed);
    }

    void krewThenTheCnpgPlugin()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive});
        http.route(checksumPath, {200, hexSha(m_archive)});
        const auto [reason, landed] = install(QUrl(http.base()), {QStringLiteral("cnpg")});
        QCOMPARE(reason, QString());
        QVERIFY(landed);
    }

    void wrongChecksumRefuses()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive});
        http.route(checksumPath, {200, hexSha("something else")});
        const Outcome o = download(QUrl(http.base()));
        QCOMPARE(o.result.error, KrewDownloader::Error::Checksum);
        QVERIFY(o.result.binary.isEmpty());
        QVERIFY(!o.phases.contains(KrewDownloader::Phase::Extracting));
        QVERIFY(!KrewDownloader::errorText(o.result.error).isEmpty());
        const auto [reason, landed] = install(QUrl(http.base()));
        QCOMPARE(reason, QStringLiteral("Checksum"));
        QVERIFY(!landed);
    }

    // The settings' pin is the reference: no .sha256 file is needed, and one that agrees with
    // a different archive does not make it acceptable.
    void pinnedChecksumIsTheReference()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive}); // no .sha256 on this server
        Outcome o = download(QUrl(http.base()), 5000, hexSha(m_archive).toUpper());
        QVERIFY2(o.result.ok(), qPrintable(o.result.detail));
        QCOMPARE(o.result.sha256, QString::fromLatin1(hexSha(m_archive)));
        for (const QString& r : http.requests)
            QVERIFY2(!r.contains(QStringLiteral(".sha256")), qPrintable(r));

        http.route(checksumPath, {200, hexSha(m_archive)});
        o = download(QUrl(http.base()), 5000, hexSha("another release"));
        QCOMPARE(o.result.error, KrewDownloader::Error::Checksum);
        QVERIFY(o.result.detail.contains(QStringLiteral("pinned")));
        QVERIFY(!o.phases.contains(KrewDownloader::Phase::Extracting));
    }

    // Without a mirror, the installer takes the pinned release; a platform the pin does not
    // cover installs nothing and asks for no download at all.
    void installerRefusesAPlatformWithoutAPin()
    {
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        KrewInstaller::Options o;
        o.version = QStringLiteral("v0.5.0");
        o.checksums = QStringLiteral("darwin_arm64=") + QString(64, QLatin1Char('a'));
        o.platform = QStringLiteral("linux_amd64");
        KrewInstaller installer(launcher, network, o);
        QSignalSpy output(&installer, &KrewInstaller::output);
        QSignalSpy done(&installer, &KrewInstaller::finished);
        installer.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(done.first().at(1).toString(), QStringLiteral("Checksum"));
        QVERIFY(done.first().at(2).toString().contains(QStringLiteral("krew-linux_amd64.tar.gz")));
        QVERIFY(output.isEmpty()); // nothing was downloaded
    }

    void pinnedChecksums()
    {
        const QString sums = QStringLiteral("linux_amd64=") + QString(64, QLatin1Char('A')) +
                             QStringLiteral(" darwin_arm64=") + QString(64, QLatin1Char('b'));
        QCOMPARE(KrewDownloader::checksumFor(sums, QStringLiteral("linux_amd64")),
                 QByteArray(64, 'a'));
        QCOMPARE(KrewDownloader::checksumFor(sums, QStringLiteral("darwin_arm64")),
                 QByteArray(64, 'b'));
        QCOMPARE(KrewDownloader::checksumFor(sums, QStringLiteral("linux_arm64")), QByteArray());
        QCOMPARE(KrewDownloader::checksumFor(QStringLiteral("linux_amd64=abc"),
                                             QStringLiteral("linux_amd64")),
                 QByteArray());
        // The pinned release's own digests (krew-index, plugins/krew.yaml for v0.5.0).
        QCOMPARE(
            KrewDownloader::checksumFor(pinned::krewChecksums(), QStringLiteral("linux_amd64")),
            QByteArray("5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a"));
        QCOMPARE(
            KrewDownloader::checksumFor(pinned::krewChecksums(), QStringLiteral("darwin_arm64")),
            QByteArray("cd6e58b4e954e301abd19001d772846997216d696bcaa58f0bcf04708339ece3"));
    }

    void brokenChecksumFile()
    {
        HttpServer http;
        http.route(archivePath, {200, m_archive});
        http.route(checksumPath, {200, "<html>rate limited</html>"});
        QCOMPARE(download(QUrl(http.base())).result.error, KrewDownloader::Error::ChecksumFile);
    }

    void truncatedArchiveRefuses()
    {
        // Cut in the middle, with a checksum that matches the cut bytes: only extraction can
        // tell, and it must, before anything is installed.
        const QByteArray cut = m_archive.left(m_archive.size() / 2);
        HttpServer http;
        http.route(archivePath, {200, cut});
        http.route(checksumPath, {200, hexSha(cut)});
        const Outcome o = download(QUrl(http.base()));
        QCOMPARE(o.result.error, KrewDownloader::Error::Archive);
        QVERIFY(o.result.directory.isEmpty());
        const auto [reason, landed] = install(QUrl(http.base()));
        QCOMPARE(reason, QStringLiteral("Download"));
        QVERIFY(!landed);
    }

    void transferCutShortRefuses()
    {
        // The server promises the whole archive and closes halfway.
        HttpServer http;
        HttpServer::Route r{200, m_archive.left(m_archive.size() / 3)};
        r.contentLength = m_archive.size();
        http.route(archivePath, r);
        http.route(checksumPath, {200, hexSha(m_archive)});
        const Outcome o = download(QUrl(http.base()));
        QVERIFY(o.result.error == KrewDownloader::Error::Network ||
                o.result.error == KrewDownloader::Error::Checksum);
        const auto [reason, landed] = install(QUrl(http.base()));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!landed);
    }

    void archiveWithoutProgram()
    {
        HttpServer http;
        http.route(archivePath, {200, m_noBinary});
        http.route(checksumPath, {200, hexSha(m_noBinary)});
        QCOMPARE(download(QUrl(http.base())).result.error, KrewDownloader::Error::NoBinary);
    }

    void notFound()
    {
        HttpServer http;
        http.route(checksumPath, {200, hexSha(m_archive)});
        const Outcome o = download(QUrl(http.base()));
        QCOMPARE(o.result.error, KrewDownloader::Error::Network);
        QVERIFY(o.result.detail.contains(QStringLiteral("krew-linux_amd64.tar.gz")));
    }

    void serverDownFailsFast()
    {
        quint16 port;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost);
            port = s.serverPort();
        }
        // A refused connection is an answer: no waiting for the stall limit (set far away).
        const Outcome o = download(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), 60000);
        QCOMPARE(o.result.error, KrewDownloader::Error::Network);
        const auto [reason, landed] =
            install(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(reason, QStringLiteral("Download"));
        QVERIFY(!landed);
    }

    void stalledServerTimesOut()
    {
        HttpServer http;
        HttpServer::Route silent;
        silent.silent = true;
        http.route(archivePath, silent);
        http.route(checksumPath, {200, hexSha(m_archive)});
        const Outcome o = download(QUrl(http.base()), 300);
        QCOMPARE(o.result.error, KrewDownloader::Error::Timeout); // the server never answers
    }

    void localFileRelease()
    {
        // Simulation mode publishes its release as files.
        QTemporaryDir dir;
        QFile a(dir.filePath(QStringLiteral("krew-linux_amd64.tar.gz")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(m_archive);
        a.close();
        QFile s(dir.filePath(QStringLiteral("krew-linux_amd64.tar.gz.sha256")));
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(hexSha(m_archive));
        s.close();
        QVERIFY(download(QUrl::fromLocalFile(dir.path())).result.ok());
    }

    void cancelStops()
    {
        HttpServer http;
        HttpServer::Route silent;
        silent.silent = true;
        http.route(archivePath, silent);
        http.route(checksumPath, silent);
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        KrewDownloader::Options o;
        o.baseUrl = QUrl(http.base());
        o.platform = platform;
        KrewDownloader d(launcher, network, o);
        QSignalSpy done(&d, &KrewDownloader::finished);
        d.start();
        QTRY_COMPARE(http.requests.size(), 2);
        d.cancel();
        QVERIFY(done.isEmpty()); // never from inside cancel()
        QVERIFY(done.wait(10000));
        QCOMPARE(d.result().error, KrewDownloader::Error::Cancelled);
        QTest::qWait(50);
        QCOMPARE(done.size(), 1);
    }

    void urls()
    {
        QProcessLauncher launcher;
        QNetworkAccessManager network;
        KrewDownloader::Options o;
        o.platform = QStringLiteral("darwin_arm64");
        KrewDownloader d(launcher, network, o);
        // A tagged release, never releases/latest.
        QCOMPARE(d.archiveUrl().toString(),
                 QStringLiteral("https://github.com/kubernetes-sigs/krew/releases/download/"
                                "v0.5.0/krew-darwin_arm64.tar.gz"));
        QCOMPARE(
            KrewDownloader::releaseUrl(QStringLiteral("v0.4.5")).toString(),
            QStringLiteral("https://github.com/kubernetes-sigs/krew/releases/download/v0.4.5/"));
        QCOMPARE(d.checksumUrl().toString(), d.archiveUrl().toString() + QStringLiteral(".sha256"));
        QCOMPARE(KrewDownloader::binaryName(QStringLiteral("windows_amd64")),
                 QStringLiteral("krew-windows_amd64.exe"));
        QCOMPARE(KrewDownloader::parseChecksumFile("zz"), QByteArray());
        QCOMPARE(KrewDownloader::parseChecksumFile(QByteArray(64, 'A')), QByteArray(64, 'a'));
    }
};

QTEST_GUILESS_MAIN(TestKrewDownload)
#include "tst_krewdownload.moc"
