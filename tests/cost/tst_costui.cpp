// The estimate in the wizard: the cluster page's figure follows a node count and a VM size
// within a second without blocking, the Review page's table shows every line with its source
// and date, in English and in Korean with the language's currency.

#include "../gui/GuiTestUtil.h"
#include "CostFigure.h"
#include "CostModel.h"
#include "CostPanel.h"
#include "DonePage.h"
#include "FieldEditor.h"
#include "ReviewPage.h"
#include "SettingsFormPage.h"
#include "cost/CostService.h"
#include "cost/PriceCache.h"

#include <QElapsedTimer>
#include <QSpinBox>
#include <QtTest>

using namespace cnpg;
using namespace cnpg::test;

class TestCostUi : public QObject
{
    Q_OBJECT

    struct Setup
    {
        Wizard wizard;
        CostService service;
        CostModel cost;
        explicit Setup(const QString& language = QStringLiteral("en"))
            : wizard(fixedSettings(), language)
            , service(nullptr, offline())
            , cost(wizard.model, service)
        {
            wizard.window->setCostModel(&cost);
        }
        ~Setup() { wizard.window.reset(); }
        static CostService::Options offline()
        {
            CostService::Options o;
            o.online = false;
            return o;
        }
    };

private slots:
    void theClusterFigureFollowsANodeCount()
    {
        Setup s;
        QSignalSpy ready(&s.service, &CostService::pricesReady); // announced from the event loop
        QVERIFY(ready.wait(10000));
        MainWindow& w = *s.wizard.window;
        w.showPage(PageId::Cluster);
        SettingsFormPage* page = w.settingsPage(PageId::Cluster);
        auto* figure = page->findChild<CostFigure*>(QStringLiteral("costFigure"));
        QVERIFY(figure);
        QTRY_VERIFY(s.cost.estimate().source == PriceTable::Source::Shipped);
        QTRY_VERIFY(figure->text().contains(QLatin1String("$")));
        QVERIFY(figure->isVisible());
        const QString before = figure->text();
        const double maxBefore = s.cost.estimate().monthlyMax();
        QVERIFY(before.contains(QLatin1String("5 to 9 nodes")));

        // Typed into the spin box, as a user does.
        auto* spin = qobject_cast<QSpinBox*>(page->editor(keys::UserMaxCount)->editor());
        QVERIFY(spin);
        QSignalSpy changed(&s.cost, &CostModel::estimateChanged);
        QElapsedTimer clock;
        clock.start();
        spin->setValue(9);
        // Nothing is computed while the user types: the estimate follows from the event loop,
        // a debounce (250 ms) after the last change.
        QCOMPARE(changed.size(), 0);
        QVERIFY(figure->text() == before);
        QVERIFY(changed.wait(10000));
        qInfo("the figure followed after %lld ms", clock.elapsed());
        QVERIFY(figure->text().contains(QLatin1String("5 to 12 nodes")));
        QVERIFY(figure->text() != before);
        // Three more D4s v3 nodes at most: 3 x the shipped hourly price x 730 more, plus their
        // OS disks.
        const PriceItem* d4 = s.service.table().vm(QStringLiteral("Standard_D4s_v3"));
        QVERIFY(d4);
        QVERIFY(s.cost.estimate().monthlyMax() > maxBefore + 3 * d4->retailPrice * 730 - 1e-6);

        // A VM size too.
        auto* size = page->editor(keys::UserVmSku);
        QVERIFY(size);
        const double maxD4 = s.cost.estimate().monthlyMax();
        s.wizard.model.setValue(keys::UserVmSku, QStringLiteral("standard_d8s_v3"));
        QVERIFY(changed.wait(10000));
        QVERIFY(s.cost.estimate().monthlyMax() > maxD4);
    }

    void theReviewPageShowsEveryLineWithItsSource()
    {
        Setup s;
        MainWindow& w = *s.wizard.window;
        w.showPage(PageId::Review);
        CostPanel* panel = w.reviewPage()->costPanel();
        QVERIFY(panel);
        QTRY_VERIFY(s.cost.estimate().source == PriceTable::Source::Shipped);
        QTRY_COMPARE(panel->lines()->topLevelItemCount(), s.cost.estimate().lines.size());
        QVERIFY(
            panel->sourceLabel()->text().contains(PriceCache::shippedDate().toString(Qt::ISODate)));
        QVERIFY(panel->totalLabel()->text().contains(QLatin1String("per month")));
        QCOMPARE(panel->currencyBox()->currentText(), QStringLiteral("USD"));
        QVERIFY(w.reviewPage()->costFigure()->text().contains(QLatin1String("$")));

        // The backups assumed: the line follows.
        panel->backupGbBox()->setValue(1000);
        QTRY_VERIFY(s.cost.assumptions().backupGbPerMonth == 1000.0);

        // Another currency, chosen: it sticks when the language changes.
        panel->currencyBox()->setCurrentText(QStringLiteral("KRW"));
        QTRY_VERIFY(s.cost.estimate().currency == QStringLiteral("KRW"));
        QTRY_VERIFY(panel->totalLabel()->text().contains(QStringLiteral("₩")));
    }

    void koreanFollowsTheLanguageWithWon()
    {
        Setup s(QStringLiteral("ko"));
        QCOMPARE(s.cost.currency(), QStringLiteral("KRW"));
        MainWindow& w = *s.wizard.window;
        w.showPage(PageId::Review);
        QTRY_VERIFY(s.cost.estimate().currency == QStringLiteral("KRW"));
        QTRY_VERIFY(
            w.reviewPage()->costPanel()->totalLabel()->text().contains(QStringLiteral("₩")));
        // Back to English: the currency follows, since the user chose none.
        s.wizard.languages.setLanguage(QStringLiteral("en"), false);
        s.cost.followLanguage();
        QTRY_VERIFY(s.cost.estimate().currency == QStringLiteral("USD"));
    }

    void theReportHasTheEstimate()
    {
        Setup s;
        QTRY_VERIFY(s.cost.estimate().source == PriceTable::Source::Shipped);
        const QString report = s.wizard.window->donePage()->reportHtml(QStringLiteral("en"));
        QVERIFY(report.contains(QLatin1String("Standard Uptime SLA")));
        QVERIFY(report.contains(QLatin1String("per month")));
    }
};

QTEST_MAIN(TestCostUi)
#include "tst_costui.moc"
