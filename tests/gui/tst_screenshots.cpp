// `cnpg-aks-wizard --screenshots DIR` writes a PNG of every page in Korean and English, at the
// 1280×800 the wizard is designed for, the deployment pages included.
#include "WizardPage.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cnpg;

class ScreenshotsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyPageInBothLanguages();
};

void ScreenshotsTest::everyPageInBothLanguages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
              {QStringLiteral("--screenshots"), dir.path()});
    QVERIFY(app.waitForFinished(150000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QStringList names;
    for (int p = 0; p < PageCount; ++p) {
        for (const char* lang : {"ko", "en"})
            names << pageSlug(PageId(p)) + QLatin1Char('-') + QLatin1String(lang);
    }
    names << QStringLiteral("deploy-running-ko") << QStringLiteral("deploy-running-en");
    // The wait for the database cluster, its phase and ready instances in its log.
    names << QStringLiteral("deploy-phase-ko") << QStringLiteral("deploy-phase-en");
    names << QStringLiteral("review-cost-ko") << QStringLiteral("review-cost-en");
    // The Deploy page's timeline: while the run goes on, and the finished run in both languages.
    names << QStringLiteral("timeline-running-en") << QStringLiteral("timeline-ko")
          << QStringLiteral("timeline-en");
    for (const QString& name : names) {
        const QImage image(dir.filePath(name + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1280, 800));
    }
    // File > Deployments after the run, and the teardown's confirmation (never confirmed).
    for (const char* name : {"deployments-ko", "deployments-en", "teardown-ko", "teardown-en"}) {
        const QImage image(dir.filePath(QLatin1String(name) + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), name);
        QVERIFY(image.width() >= 800);
    }
    QVERIFY(QImage(dir.filePath(QStringLiteral("teardown-ko.png"))) !=
            QImage(dir.filePath(QStringLiteral("teardown-en.png"))));
    // A Korean and an English picture of the same page differ (the text changed).
    QVERIFY(QImage(dir.filePath(QStringLiteral("settings-ko.png"))) !=
            QImage(dir.filePath(QStringLiteral("settings-en.png"))));
    QVERIFY(QImage(dir.filePath(QStringLiteral("timeline-ko.png"))) !=
            QImage(dir.filePath(QStringLiteral("timeline-en.png"))));
}

QTEST_MAIN(ScreenshotsTest)
#include "tst_screenshots.moc"
