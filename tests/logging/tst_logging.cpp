// Secrets never reach the log; Qt's own messages land in the log file.
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

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
