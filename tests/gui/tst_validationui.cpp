// Validation as typed: an invalid value shows its translated message and keeps Next disabled;
// derived names follow LOCAL_NAME/SUFFIX until edited and can be reset.
#include "CommandPreview.h"
#include "FieldEditor.h"
#include "GuiTestUtil.h"
#include "SettingErrorText.h"
#include "SettingsFormPage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace cnpg;
using namespace cnpg::test;

namespace {
QLineEdit* lineEdit(FieldEditor* e)
{
    return qobject_cast<QLineEdit*>(e->editor());
}
QLabel* status(FieldEditor* e)
{
    return e->findChild<QLabel*>(QStringLiteral("status_") + e->key());
}
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class ValidationUiTest : public QObject
{
    Q_OBJECT
private slots:
    void invalidValueDisablesNext_data();
    void invalidValueDisablesNext();
    void derivedNamesFollowAndReset();
    void guideDefaultShownAndRestored();
    void crossFieldMinMax();
    void longTermSupportNeedsPremium_data();
    void longTermSupportNeedsPremium();
    void regenerateSuffix();
};

void ValidationUiTest::invalidValueDisablesNext_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<int>("code");
    using S = QString;
    QTest::newRow("local name, en")
        << S("en") << keys::LocalName << S("Bad_Name") << int(SettingErrorCode::InvalidCharacters);
    QTest::newRow("local name, ko")
        << S("ko") << keys::LocalName << S("9lives") << int(SettingErrorCode::MustStartWithLetter);
    QTest::newRow("client ip, ko")
        << S("ko") << keys::ClientIp << S("203.0.113") << int(SettingErrorCode::InvalidAddress);
    QTest::newRow("empty namespace, en")
        << S("en") << keys::PgNamespace << S() << int(SettingErrorCode::Required);
}

void ValidationUiTest::invalidValueDisablesNext()
{
    QFETCH(QString, lang);
    QFETCH(QString, key);
    QFETCH(QString, bad);
    QFETCH(int, code);
    Wizard w(fixedSettings(), lang);
    MainWindow& win = *w.window;
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    QCOMPARE(win.currentPage(), PageId::Settings);
    QVERIFY(win.nextButton()->isEnabled());

    FieldEditor* editor = win.settingsPage(PageId::Settings)->editor(key);
    QVERIFY(editor);
    QLineEdit* edit = lineEdit(editor);
    QVERIFY(edit);
    const QString good = edit->text();
    retype(edit, bad);
    QCOMPARE(w.model.value(key), bad);
    QVERIFY(!win.nextButton()->isEnabled());
    QVERIFY(!editor->isValid());

    // The message is SettingErrorText's, in the UI language, shown under the field.
    const SettingErrors errors = w.model.settings().validateField(key);
    QVERIFY(!errors.isEmpty());
    QCOMPARE(int(errors.first().code), code);
    const QString message = SettingErrorText::message(errors.first());
    QVERIFY(status(editor)->isVisible());
    QCOMPARE(status(editor)->text(), message);
    QCOMPARE(edit->accessibleDescription(), message);
    if (lang == QLatin1String("ko"))
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[가-힣]"))),
                 qPrintable(message));

    // Next does nothing while disabled; the sidebar does not skip ahead either.
    win.goNext();
    QCOMPARE(win.currentPage(), PageId::Settings);
    win.sidebar()->setCurrentRow(int(PageId::Review));
    QCOMPARE(win.currentPage(), PageId::Settings);

    retype(edit, good);
    QVERIFY(editor->isValid());
    QVERIFY(win.nextButton()->isEnabled());
    QVERIFY(!status(editor)->isVisible() || status(editor)->text() != message);
    QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    QCOMPARE(win.currentPage(), PageId::Extensions);
}

void ValidationUiTest::derivedNamesFollowAndReset()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Settings);
    auto* page = win.settingsPage(PageId::Settings);
    QLineEdit* local = lineEdit(page->editor(keys::LocalName));
    QLineEdit* rg = lineEdit(page->editor(keys::ResourceGroup));
    QCOMPARE(rg->text(), QStringLiteral("rg-cnpg-abc12345"));
    retype(local, QStringLiteral("demo"));
    QCOMPARE(rg->text(), QStringLiteral("rg-demo-abc12345"));
    QVERIFY(!page->editor(keys::ResourceGroup)->resetButton()->isVisible());

    // Another page's derived name followed too.
    win.showPage(PageId::Cluster);
    auto* cluster = win.settingsPage(PageId::Cluster);
    QCOMPARE(lineEdit(cluster->editor(keys::ClusterName))->text(),
             QStringLiteral("aks-primary-demo-abc12345"));
    // The preview shows the new value, as the script has it.
    QVERIFY(cluster->preview()->toPlainText().contains(
        QStringLiteral("export AKS_PRIMARY_CLUSTER_NAME='aks-primary-demo-abc12345'")));
    QVERIFY(w.model.script().contains(
        QStringLiteral("export AKS_PRIMARY_CLUSTER_NAME='aks-primary-demo-abc12345'")));

    // Edited: it keeps its own value when LOCAL_NAME changes, until reset.
    win.showPage(PageId::Settings);
    retype(rg, QStringLiteral("my-group"));
    FieldEditor* rgEditor = page->editor(keys::ResourceGroup);
    QVERIFY(rgEditor->resetButton()->isVisible());
    retype(local, QStringLiteral("other"));
    QCOMPARE(rg->text(), QStringLiteral("my-group"));
    QVERIFY(status(rgEditor)->text().contains(QStringLiteral("rg-other-abc12345")));
    QTest::mouseClick(rgEditor->resetButton(), Qt::LeftButton);
    QCOMPARE(rg->text(), QStringLiteral("rg-other-abc12345"));
    QVERIFY(w.model.settings().followsTemplate(keys::ResourceGroup));
    QVERIFY(!rgEditor->resetButton()->isVisible());
}

void ValidationUiTest::guideDefaultShownAndRestored()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Cluster);
    FieldEditor* sku = win.settingsPage(PageId::Cluster)->editor(keys::UserVmSku);
    QLineEdit* edit = lineEdit(sku);
    QCOMPARE(edit->text(), QStringLiteral("standard_d4s_v3"));
    QCOMPARE(edit->placeholderText(), QStringLiteral("standard_d4s_v3"));
    QVERIFY(!sku->resetButton()->isVisible());
    retype(edit, QStringLiteral("standard_d8s_v3"));
    QVERIFY(sku->resetButton()->isVisible());
    QVERIFY(status(sku)->text().contains(QStringLiteral("standard_d4s_v3")));
    QTest::mouseClick(sku->resetButton(), Qt::LeftButton);
    QCOMPARE(edit->text(), QStringLiteral("standard_d4s_v3"));
    QVERIFY(!w.model.settings().isOverridden(keys::UserVmSku));
}

void ValidationUiTest::crossFieldMinMax()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Cluster);
    auto* page = win.settingsPage(PageId::Cluster);
    auto* min = qobject_cast<QSpinBox*>(page->editor(keys::UserMinCount)->editor());
    QVERIFY(min);
    QVERIFY(win.nextButton()->isEnabled());
    min->setValue(9);
    QVERIFY(!win.nextButton()->isEnabled());
    QCOMPARE(status(page->editor(keys::UserMinCount))->text(),
             SettingErrorText::message({keys::UserMinCount, SettingErrorCode::MinGreaterThanMax, 9,
                                        6, keys::UserMaxCount}));
    min->setValue(3);
    QVERIFY(win.nextButton()->isEnabled());
}

void ValidationUiTest::longTermSupportNeedsPremium_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

// Long-term support on the standard tier: a field error on the support plan, in the UI's
// language; the premium tier clears it.
void ValidationUiTest::longTermSupportNeedsPremium()
{
    QFETCH(QString, lang);
    Wizard w(fixedSettings(), lang);
    MainWindow& win = *w.window;
    win.showPage(PageId::Cluster);
    auto* page = win.settingsPage(PageId::Cluster);
    FieldEditor* plan = page->editor(keys::SupportPlan);
    QVERIFY(plan);
    QVERIFY(win.nextButton()->isEnabled());
    retype(lineEdit(plan), QStringLiteral("AKSLongTermSupport"));
    QVERIFY(!win.nextButton()->isEnabled());
    const QString message = SettingErrorText::message(
        {keys::SupportPlan, SettingErrorCode::LtsNeedsPremium, 0, 0, QStringLiteral("standard")});
    QCOMPARE(status(plan)->text(), message);
    QVERIFY(message.contains(QStringLiteral("premium")));
    if (lang == QLatin1String("ko"))
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[가-힣]"))),
                 qPrintable(message));
    retype(lineEdit(page->editor(keys::Tier)), QStringLiteral("premium"));
    QVERIFY(plan->isValid());
    QVERIFY(win.nextButton()->isEnabled());
}

void ValidationUiTest::regenerateSuffix()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Settings);
    auto* button = win.settingsPage(PageId::Settings)
                       ->findChild<QPushButton*>(QStringLiteral("regenerateSuffix"));
    QVERIFY(button);
    const QString before = w.model.value(keys::Suffix);
    QTest::mouseClick(button, Qt::LeftButton);
    const QString after = w.model.value(keys::Suffix);
    QVERIFY(after != before);
    QVERIFY(w.model.settings().validateField(keys::Suffix).isEmpty());
    QCOMPARE(w.model.value(keys::ResourceGroup), QStringLiteral("rg-cnpg-") + after);
}

QTEST_MAIN(ValidationUiTest)
#include "tst_validationui.moc"
