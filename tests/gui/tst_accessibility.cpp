// Keyboard and screen readers: on every page, Tab reaches every control in reading order
// (the sidebar, the page, then Back and Next), every control has an accessible name, the
// sidebar works with the arrow keys, and the window fits 1280×800.
#include "CommandPreview.h"
#include "DeployPage.h"
#include "FieldEditor.h"
#include "GuiTestUtil.h"
#include "ManifestTabs.h"
#include "ReviewPage.h"
#include "SettingsFormPage.h"

#include <QAccessible>
#include <QImage>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace cnpg;
using namespace cnpg::test;

namespace {

bool takesTab(QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy();
}

// The widgets Tab visits, starting at `from`, until the chain comes round.
QList<QWidget*> tabChain(QWidget* window, QWidget* from)
{
    QList<QWidget*> out;
    from->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QWidget* start = QApplication::focusWidget();
    if (!start)
        return out;
    out << start;
    for (int i = 0; i < 400; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        if (!w || w == start || !window->isAncestorOf(w))
            break;
        out << w;
    }
    return out;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describe(QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private slots:
    void everyPageByKeyboard_data();
    void everyPageByKeyboard();
    void sidebarArrowKeys();
    void fitsTheSmallestScreen();
    void windowIconIsBuiltIn();
};

void AccessibilityTest::everyPageByKeyboard_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("lang");
    for (int p = 0; p < PageCount; ++p) {
        for (const char* lang : {"en", "ko"})
            QTest::newRow(qPrintable(pageSlug(PageId(p)) + QLatin1Char('-') + QLatin1String(lang)))
                << p << QString::fromLatin1(lang);
    }
}

void AccessibilityTest::everyPageByKeyboard()
{
    QFETCH(int, page);
    QFETCH(QString, lang);
    Wizard w(fixedSettings(), lang);
    MainWindow& win = *w.window;
    win.activateWindow();
    win.showPage(PageId(page));
    // A changed value shows its Reset button, which must be reachable too.
    w.model.setValue(keys::UserVmSku, QStringLiteral("standard_d8s_v3"));
    QCoreApplication::processEvents();

    const QList<QWidget*> chain = tabChain(&win, win.sidebar());
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.first(), static_cast<QWidget*>(win.sidebar()));

    // Every control of the page is reached, each with a name a screen reader can say.
    WizardPage* current = win.page(PageId(page));
    QStringList unreached, unnamed;
    for (QWidget* c : current->findChildren<QWidget*>()) {
        if (takesTab(c) && !chain.contains(c))
            unreached << describe(c);
    }
    for (QWidget* c : chain) {
        if (accessibleName(c).trimmed().isEmpty())
            unnamed << describe(c);
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(QLatin1String(", "))));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));

    // Alt+letter shortcuts (buttons, labels of fields) are unambiguous on the page.
    QHash<QKeySequence, QString> mnemonics;
    QStringList clashes;
    QStringList texts;
    for (QAction* a : win.menuBar()->actions())
        texts << a->text();
    for (QWidget* c : win.findChildren<QWidget*>()) {
        if (!c->isVisible())
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(c))
            texts << b->text();
        else if (auto* l = qobject_cast<QLabel*>(c); l && l->buddy())
            texts << l->text();
    }
    for (const QString& text : texts) {
        const QKeySequence m = QKeySequence::mnemonic(text);
        if (m.isEmpty())
            continue;
        if (mnemonics.contains(m))
            clashes << mnemonics.value(m) + QStringLiteral(" / ") + text;
        mnemonics.insert(m, text);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String(", "))));

    // Reading order: the sidebar, the page's controls, then Back and Next.
    int lastPage = -1;
    for (int i = 0; i < chain.size(); ++i) {
        if (current->isAncestorOf(chain.at(i)))
            lastPage = i;
    }
    const int back = int(chain.indexOf(win.backButton()));
    const int next = int(chain.indexOf(win.nextButton()));
    if (win.nextButton()->isEnabled()) {
        QVERIFY(next > lastPage);
        if (back >= 0)
            QVERIFY(back < next);
    }
    for (int i = 1; i <= lastPage; ++i)
        QVERIFY2(current->isAncestorOf(chain.at(i)), qPrintable(describe(chain.at(i))));

    // Within the stage pages: the fields in their order, each editor before its buttons, and
    // the commands after the fields.
    if (auto* form = win.settingsPage(PageId(page))) {
        int previous = -1;
        for (FieldEditor* e : form->editors()) {
            const int at = int(chain.indexOf(e->editor()));
            QVERIFY2(at > previous, qPrintable(e->key()));
            if (e->resetButton()->isVisible())
                QVERIFY(int(chain.indexOf(e->resetButton())) == at + 1);
            previous = at;
        }
        if (ManifestTabs* tabs = form->manifests()) {
            // The PostgreSQL cluster page: the manifests' tabs, then the one shown (the
            // commands are the last tab, hidden until chosen).
            const int bar = int(chain.indexOf(tabs->tabBar()));
            QVERIFY(bar > previous);
            QCOMPARE(int(chain.indexOf(tabs->cluster()->view())), bar + 1);
            for (QWidget* shown : {static_cast<QWidget*>(tabs->scheduledBackup()->view()),
                                   static_cast<QWidget*>(form->preview())}) {
                tabs->setCurrentIndex(tabs->count() - (shown == form->preview() ? 1 : 2));
                const QList<QWidget*> again = tabChain(&win, win.sidebar());
                QCOMPARE(int(again.indexOf(shown)), int(again.indexOf(tabs->tabBar())) + 1);
                QCOMPARE(int(again.indexOf(win.backButton())), int(again.indexOf(shown)) + 1);
            }
        } else {
            QVERIFY(int(chain.indexOf(form->preview())) > previous);
        }
    }
    if (PageId(page) == PageId::Review) {
        ReviewPage* r = win.reviewPage();
        QVERIFY(chain.indexOf(r->preview()) < chain.indexOf(r->exportSettingsButton()));
        QVERIFY(chain.indexOf(r->exportSettingsButton()) < chain.indexOf(r->exportScriptButton()));
    }
}

void AccessibilityTest::sidebarArrowKeys()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.activateWindow();
    win.sidebar()->setFocus();
    QTest::keyClick(win.sidebar(), Qt::Key_Down);
    QCOMPARE(win.currentPage(), PageId::Settings);
    QTest::keyClick(win.sidebar(), Qt::Key_Down);
    QCOMPARE(win.currentPage(), PageId::Extensions);
    QTest::keyClick(win.sidebar(), Qt::Key_Up);
    QCOMPARE(win.currentPage(), PageId::Settings);
    // Not past an invalid page, and never into the run before there is one.
    w.model.setValue(keys::LocalName, QStringLiteral("-bad"));
    QTest::keyClick(win.sidebar(), Qt::Key_Down);
    QCOMPARE(win.currentPage(), PageId::Settings);
    w.model.setValue(keys::LocalName, QStringLiteral("cnpg"));
    QTest::keyClick(win.sidebar(), Qt::Key_End);
    QCOMPARE(win.currentPage(), PageId::Settings);
    QCOMPARE(QKeySequence::mnemonic(win.nextButton()->text()), QKeySequence(Qt::ALT | Qt::Key_N));
}

void AccessibilityTest::fitsTheSmallestScreen()
{
    for (const char* lang : {"en", "ko"}) {
        Wizard w(fixedSettings(), QString::fromLatin1(lang));
        MainWindow& win = *w.window;
        for (int p = 0; p < PageCount; ++p) {
            win.showPage(PageId(p));
            QCoreApplication::processEvents();
            const QSize min = win.minimumSizeHint();
            QVERIFY2(min.width() <= 1280 && min.height() <= 800,
                     qPrintable(pageSlug(PageId(p)) +
                                QStringLiteral(" needs %1×%2").arg(min.width()).arg(min.height())));
        }
    }
}

// The window's icon (the package's pictures) is compiled into the wizard, in every size a window
// manager asks for.
void AccessibilityTest::windowIconIsBuiltIn()
{
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage image(QStringLiteral(":/icons/cnpg-aks-wizard-%1.png").arg(size));
        QCOMPARE(image.size(), QSize(size, size));
    }
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
