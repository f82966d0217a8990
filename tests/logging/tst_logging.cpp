// Secrets never reach the log; Qt's own messages land in the log file.
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

using namespace cnpg;

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void masksSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("access token json")
            << QStringLiteral(R"({"accessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOi.xyzxyzxyzxyz.abc", "expiresOn": "x"})")
            << QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOi");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer abc.def-ghi")
                                       << QStringLiteral("abc.def-ghi");
        QTest::newRow("connection string")
            << QStringLiteral("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=S3cr3t+/==;EndpointSuffix=core")
            << QStringLiteral("S3cr3t+/==");
        QTest::newRow("storage keys") << QStringLiteral(R"([{"keyName": "key1", "value": "AbCdEf=="}])")
                                      << QStringLiteral("AbCdEf==");
        QTest::newRow("sas") << QStringLiteral("https://a.blob.core.windows.net/c?sv=2022&sig=Zm9vYmFy%3D&se=1")
                             << QStringLiteral("Zm9vYmFy%3D");
        QTest::newRow("password") << QStringLiteral(R"({"password": "hunter2"})")
                                  << QStringLiteral("hunter2");
        QTest::newRow("client secret") << QStringLiteral(R"({"clientSecret": "s~3cr3t"})")
                                       << QStringLiteral("s~3cr3t");
        // The shapes tools and users put secrets in besides JSON.
        QTest::newRow("--password") << QStringLiteral("az login --service-principal -u app "
                                                      "--password Pa55word! --tenant t")
                                    << QStringLiteral("Pa55word!");
        QTest::newRow("--password=")
            << QStringLiteral("tool --password=Pa55word! --x") << QStringLiteral("Pa55word!");
        QTest::newRow("--client-secret") << QStringLiteral("az x --client-secret Cl1ent~S3cret")
                                         << QStringLiteral("Cl1ent~S3cret");
        QTest::newRow("--account-key")
            << QStringLiteral("az storage container create --account-key AbC+dEf/gh== -n x")
            << QStringLiteral("AbC+dEf/gh==");
        QTest::newRow("--sas-token") << QStringLiteral("az storage blob list --sas-token "
                                                       "sv=2022&sig=Zm9vYmFy --account-name a")
                                     << QStringLiteral("Zm9vYmFy");
        QTest::newRow("--sas-token quoted")
            << QStringLiteral("az storage blob list --sas-token \"sig=Zm9vYmFy\"")
            << QStringLiteral("Zm9vYmFy");
        QTest::newRow("sig alone")
            << QStringLiteral("the token sig=Zm9vYmFy expired") << QStringLiteral("Zm9vYmFy");
        QTest::newRow("yaml token") << QStringLiteral("users:\n- name: u\n  user:\n    token: "
                                                      "kubeT0ken123\n")
                                    << QStringLiteral("kubeT0ken123");
        QTest::newRow("yaml password")
            << QStringLiteral("password: \"hunter 2\"") << QStringLiteral("hunter 2");
        QTest::newRow("python repr")
            << QStringLiteral("{'password': 'hun\\'ter2', 'user': 'x'}") << QStringLiteral("ter2");
        QTest::newRow("env client secret")
            << QStringLiteral("AZURE_CLIENT_SECRET=Cl1ent~S3cret az login")
            << QStringLiteral("Cl1ent~S3cret");
        QTest::newRow("env access key") << QStringLiteral("export ARM_ACCESS_KEY='AbC+dEf/gh=='")
                                        << QStringLiteral("AbC+dEf/gh==");
        QTest::newRow("escaped quote in json")
            << QStringLiteral("{\"password\": \"abc\\\"def-after-quote\", \"user\": \"x\"}")
            << QStringLiteral("def-after-quote");
    }
    void masksSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString masked = maskSecrets(text);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY(masked.contains(QLatin1String("***")));
    }

    void keepsWhatIsNotSecret()
    {
        const QString id = QStringLiteral(
            "/subscriptions/0000/resourceGroups/rg-cnpg-x/providers/Microsoft.ManagedIdentity/"
            "userAssignedIdentities/mi-aks-cnpg-x");
        QCOMPARE(maskSecrets(id), id);
        const QString json = QStringLiteral(R"({"principalId": "1234", "clientId": "5678"})");
        QCOMPARE(maskSecrets(json), json);
    }

    void logFileAndFolderAreOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("data"));
        ::umask(022); // the usual umask: without care, 0644 and 0755
        const QString file = initLogging({folder, false, false});
        QVERIFY(!file.isEmpty());
        spdlog::info("a line");
        spdlog::default_logger()->flush();
        shutdownLogging();
        // Owner bits (0x7000) as given; nothing for group and others (0x0077).
        QCOMPARE(int(QFile::permissions(folder) & 0x7077), 0x7000);
        QCOMPARE(int(QFile::permissions(file) & 0x7077), 0x6000);
    }

    void qtMessagesGoToTheLogFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = initLogging({dir.path(), false, false});
        QVERIFY(!file.isEmpty());
        qWarning("a warning with AccountKey=topsecret; in it");
        spdlog::default_logger()->flush();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(content.contains("a warning with AccountKey=***; in it"), content.constData());
        QVERIFY(!content.contains("topsecret"));
        shutdownLogging();
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
