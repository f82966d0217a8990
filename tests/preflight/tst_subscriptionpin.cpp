// The chosen subscription is pinned on every az command that takes one, in the plan and in the
// exported script; without a choice the plan and the script are the guide's, unchanged.
#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "settings/Settings.h"

#include <QTest>

using namespace cnpg;

namespace {

const QString subscription = QStringLiteral("66666666-7777-8888-9999-000000000000");

Settings base()
{
    Settings s;
    s.setValue(keys::Suffix, QStringLiteral("abc12345"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.7"));
    return s;
}

QList<const Command*> azCommands(const Plan& plan)
{
    QList<const Command*> out;
    for (const Step& s : plan.steps()) {
        if (s.command.program == QLatin1String("az"))
            out << &s.command;
        if (s.probe && s.probe->command.program == QLatin1String("az"))
            out << &s.probe->command;
    }
    return out;
}

} // namespace

class TestSubscriptionPin : public QObject
{
    Q_OBJECT
private slots:
    void defaultPinsNothing()
    {
        const Settings s = base();
        QVERIFY(s.isValid());
        const Plan plan = PlanBuilder::build(s);
        for (const Command* c : azCommands(plan))
            QVERIFY2(!c->args.contains(QStringLiteral("--subscription")),
                     qPrintable(c->args.join(QLatin1Char(' '))));
        const QString script = ScriptExporter::generate(plan, s, QStringLiteral("test"));
        QVERIFY(!script.contains(QStringLiteral("AZURE_SUBSCRIPTION_ID")));
        QVERIFY(!script.contains(QStringLiteral("--subscription")));
    }

    void chosenSubscriptionIsPinnedEverywhere()
    {
        Settings s = base();
        s.setValue(keys::SubscriptionId, subscription);
        QVERIFY(s.isValid());
        const Plan plan = PlanBuilder::build(s);
        QVERIFY(plan.problems(SettingsSchema::keys()).isEmpty());
        int pinned = 0;
        for (const Command* c : azCommands(plan)) {
            const QString group = c->args.value(0);
            const bool takesOne =
                group != QLatin1String("extension") && group != QLatin1String("ad");
            const qsizetype at = c->args.indexOf(QStringLiteral("--subscription"));
            QCOMPARE(at >= 0, takesOne);
            if (!takesOne)
                continue;
            ++pinned;
            QCOMPARE(c->args.value(at + 1), QStringLiteral("${AZURE_SUBSCRIPTION_ID}"));
            QCOMPARE(c->args.count(QStringLiteral("--subscription")), 1);
        }
        QVERIFY(pinned > 30); // every resource command and its probe
        // The commands still run as before, with the value filled in.
        const Step* aks = plan.find(QStringLiteral("aks.create"));
        QVERIFY(aks);
        const QStringList args =
            Plan::expandArgs(aks->command.args, s.resolvedValues(), PlanBuilder::listValues(s));
        QCOMPARE(args.mid(args.size() - 2),
                 (QStringList{QStringLiteral("--subscription"), subscription}));
        // kubectl and helm are not az's business.
        for (const Step& st : plan.steps()) {
            if (st.command.program != QLatin1String("az"))
                QVERIFY(!st.command.args.contains(QStringLiteral("--subscription")));
        }
    }

    void scriptPinsToo()
    {
        Settings s = base();
        s.setValue(keys::SubscriptionId, subscription);
        const QString script =
            ScriptExporter::generate(PlanBuilder::build(s), s, QStringLiteral("test"));
        QVERIFY(script.contains(QStringLiteral("export AZURE_SUBSCRIPTION_ID='") + subscription +
                                QLatin1Char('\'')));
        QVERIFY(script.contains(QStringLiteral("--subscription \"${AZURE_SUBSCRIPTION_ID}\"")));
        // `az extension add` has no --subscription: its lines stay the guide's.
        for (const QString& line : script.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("az extension add")))
                QVERIFY2(!line.contains(QStringLiteral("--subscription")), qPrintable(line));
        }
    }

    void invalidSubscriptionIsRefused()
    {
        Settings s = base();
        s.setValue(keys::SubscriptionId, QStringLiteral("my subscription"));
        QVERIFY(!s.validateField(keys::SubscriptionId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionPin)
#include "tst_subscriptionpin.moc"
