// The readiness checks' parsing and rules, on the az output shapes the Azure CLI documents
// (recorded under tests/preflight/samples), and the findings' words.
#include "preflight/Readiness.h"
#include "preflight/ReadinessRules.h"
#include "preflight/ReadinessText.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace cnpg;

namespace {

QByteArray sample(const char* name)
{
    QFile f(QStringLiteral(CNPG_TESTS_DIR "/preflight/samples/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Settings guideSettings()
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::Region, QStringLiteral("westus3"));
    s.setValue(keys::ResourceGroup, QStringLiteral("rg-cnpg-test"));
    return s;
}

SkuInfo size(const char* name, const char* family, int vcpus,
             QStringList zones = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
{
    SkuInfo k;
    k.name = QString::fromLatin1(name);
    k.found = true;
    k.family = QString::fromLatin1(family);
    k.vcpus = vcpus;
    k.zones = zones;
    return k;
}

QList<SkuInfo> guideSizes()
{
    return {size("Standard_D2s_v3", "standardDSv3Family", 2),
            size("Standard_D4s_v3", "standardDSv3Family", 4)};
}

QList<UsageEntry> usage(qint64 coresLimit, qint64 familyLimit, qint64 used = 0)
{
    return {{QStringLiteral("cores"), QStringLiteral("Total Regional vCPUs"), used, coresLimit},
            {QStringLiteral("standardDSv3Family"), QStringLiteral("Standard DSv3 Family vCPUs"),
             used, familyLimit}};
}

const Finding* findingOf(const Findings& list, CheckId check, const QString& name = QString())
{
    for (const Finding& f : list) {
        if (f.check == check && (name.isEmpty() || f.numbers.value(QStringLiteral("name")) == name))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT
private slots:
    void parsesGetVersions()
    {
        const auto versions = KubernetesVersions::parse(sample("aks-get-versions.json"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 6);
        QCOMPARE(versions->at(0).version, QStringLiteral("1.31"));
        QCOMPARE(versions->at(0).supportPlans, QStringList{QStringLiteral("AKSLongTermSupport")});
        QCOMPARE(KubernetesVersions::defaultVersion(*versions), QStringLiteral("1.34"));
        QVERIFY(versions->at(5).isPreview);
    }

    void versionVerdicts()
    {
        const auto versions = *KubernetesVersions::parse(sample("aks-get-versions.json"));
        Settings s = guideSettings();
        s.setValue(keys::ClusterVersion, QStringLiteral("1.34"));
        QCOMPARE(ReadinessRules::version(s, versions).verdict, Verdict::Ready);

        s.setValue(keys::ClusterVersion, QStringLiteral("1.29")); // the guide's: retired
        Finding f = ReadinessRules::version(s, versions);
        QCOMPARE(f.verdict, Verdict::Blocking);
        QCOMPARE(f.code, finding::VersionNotOffered);
        QCOMPARE(f.numbers.value(QStringLiteral("default")).toString(), QStringLiteral("1.34"));

        s.setValue(keys::ClusterVersion, QStringLiteral("1.32")); // LTS only
        f = ReadinessRules::version(s, versions);
        QCOMPARE(f.verdict, Verdict::Blocking);
        QCOMPARE(f.code, finding::VersionLtsOnly);
        // Premium alone is not enough: the support plan must be long-term support too.
        s.setValue(keys::Tier, QStringLiteral("premium"));
        QCOMPARE(ReadinessRules::version(s, versions).verdict, Verdict::Blocking);
        if (SettingsSchema::find(QStringLiteral("AKS_SUPPORT_PLAN"))) {
            s.setValue(QStringLiteral("AKS_SUPPORT_PLAN"), QStringLiteral("AKSLongTermSupport"));
            QCOMPARE(ReadinessRules::version(s, versions).verdict, Verdict::Ready);
        }

        s.setValue(keys::ClusterVersion, QStringLiteral("1.36"));
        QCOMPARE(ReadinessRules::version(s, versions).verdict, Verdict::Warning);
    }

    void parsesUsageWithStringNumbers()
    {
        const auto list = ReadinessRules::parseUsage(sample("vm-list-usage.json"));
        QVERIFY(list);
        QCOMPARE(list->size(), 5);
        QCOMPARE(list->at(1).name, QStringLiteral("cores"));
        QCOMPARE(list->at(1).current, 4);
        QCOMPARE(list->at(1).limit, 10);
        QCOMPARE(list->at(3).localName, QStringLiteral("Standard DSv3 Family vCPUs"));
        QVERIFY(!ReadinessRules::parseUsage("{\"not\": \"a list\"}"));
        QVERIFY(
            !ReadinessRules::parseUsage("[{\"name\": {\"value\": \"cores\"}, \"limit\": \"x\"}]"));
    }

    void parsesSkuAndItsZoneRestriction()
    {
        const auto sku = ReadinessRules::parseSku(sample("vm-list-skus-d4s-v3.json"),
                                                  QStringLiteral("standard_d4s_v3"),
                                                  QStringLiteral("West US 3"));
        QVERIFY(sku);
        QVERIFY(sku->found);
        QCOMPARE(sku->name, QStringLiteral("Standard_D4s_v3")); // not the _Promo namesake
        QCOMPARE(sku->family, QStringLiteral("standardDSv3Family"));
        QCOMPARE(sku->vcpus, 4);
        QCOMPARE(sku->zones, (QStringList{"1", "2", "3"}));
        QCOMPARE(sku->restrictedZones, QStringList{QStringLiteral("3")});
        QCOMPARE(sku->reasonCode, QStringLiteral("NotAvailableForSubscription"));
        QVERIFY(!sku->restrictedInRegion);

        const auto missing = ReadinessRules::parseSku("[]", QStringLiteral("Standard_D2s_v3"),
                                                      QStringLiteral("westus3"));
        QVERIFY(missing);
        QVERIFY(!missing->found);
    }

    void sizeVerdicts()
    {
        Settings s = guideSettings();
        Findings f = ReadinessRules::sizes(s, guideSizes());
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().verdict, Verdict::Ready);

        const auto d4 =
            *ReadinessRules::parseSku(sample("vm-list-skus-d4s-v3.json"),
                                      QStringLiteral("Standard_D4s_v3"), QStringLiteral("westus3"));
        f = ReadinessRules::sizes(s, {size("Standard_D2s_v3", "standardDSv3Family", 2,
                                           {QStringLiteral("1"), QStringLiteral("2")}),
                                      d4});
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).code, finding::SizeMissingZones);
        QCOMPARE(f.at(0).items, QStringList{QStringLiteral("Standard_D2s_v3:3")});
        QCOMPARE(f.at(1).code, finding::SizeRestricted);
        QCOMPARE(f.at(1).items, QStringList{QStringLiteral("Standard_D4s_v3:3")});
        QVERIFY(f.at(1).blocking());

        // Without zones, a zone restriction does not matter.
        s.setValue(keys::Zones, QString());
        QCOMPARE(ReadinessRules::sizes(s, {guideSizes().at(0), d4}).first().verdict,
                 Verdict::Ready);

        SkuInfo gone = guideSizes().at(1);
        gone.found = false;
        f = ReadinessRules::sizes(s, {guideSizes().at(0), gone});
        QCOMPARE(f.first().code, finding::SizeNotOffered);
    }

    void quotaCountsWhatTheCreatesAllocate()
    {
        // The guide: 3 nodes per pool at creation (az's default), 3 x 2 + 3 x 4 = 18 vCPUs;
        // the maxima plus a surge node: 4 x 2 + 7 x 4 = 36.
        const Settings s = guideSettings();
        Findings f = ReadinessRules::quota(s, usage(100, 100), guideSizes());
        QCOMPARE(f.size(), 2);
        for (const Finding& x : f) {
            QCOMPARE(x.verdict, Verdict::Ready);
            QCOMPARE(x.numbers.value(QStringLiteral("initial")).toInt(), 18);
            QCOMPARE(x.numbers.value(QStringLiteral("peak")).toInt(), 36);
        }

        // The recorded subscription: 10 regional vCPUs with 4 in use.
        const auto recorded = *ReadinessRules::parseUsage(sample("vm-list-usage.json"));
        f = ReadinessRules::quota(s, recorded, guideSizes());
        const Finding* cores = findingOf(f, CheckId::VcpuQuota, QStringLiteral("cores"));
        QVERIFY(cores);
        QCOMPARE(cores->verdict, Verdict::Blocking);
        QCOMPARE(cores->code, finding::QuotaShort);
        QCOMPARE(cores->numbers.value(QStringLiteral("free")).toInt(), 6);
        QCOMPARE(cores->link, Readiness::quotaRequestLink());
        QVERIFY(findingOf(f, CheckId::VcpuQuota, QStringLiteral("standardDSv3Family"))->blocking());

        // Enough to create, not for the autoscaler's maxima: a warning.
        f = ReadinessRules::quota(s, usage(20, 20), guideSizes());
        QCOMPARE(f.first().verdict, Verdict::Warning);
        QCOMPARE(f.first().code, finding::QuotaShortForScaling);

        // A size whose vCPUs are unknown is not counted as zero.
        SkuInfo unknown = guideSizes().at(1);
        unknown.found = false;
        f = ReadinessRules::quota(s, usage(100, 100), {guideSizes().at(0), unknown});
        QCOMPARE(f.first().verdict, Verdict::CouldNotRun);
    }

    void providersAndRegion()
    {
        const auto dashboard = ReadinessRules::parseProvider(sample("provider-show-dashboard.json"),
                                                             QStringLiteral("westus3"));
        const auto aks = ReadinessRules::parseProvider(
            sample("provider-show-containerservice.json"), QStringLiteral("westus3"));
        QVERIFY(dashboard && aks);
        QCOMPARE(dashboard->registrationState, QStringLiteral("NotRegistered"));
        QVERIFY(dashboard->locations.value(QStringLiteral("grafana"))
                    .contains(QStringLiteral("westus3")));
        QCOMPARE(aks->zones.value(QStringLiteral("managedclusters")), (QStringList{"1", "2", "3"}));

        Finding p = ReadinessRules::providers({*dashboard, *aks});
        QCOMPARE(p.verdict, Verdict::Blocking);
        QCOMPARE(p.items, QStringList{QStringLiteral("Microsoft.Dashboard")});
        QCOMPARE(p.fixCommands,
                 QStringList{QStringLiteral(
                     "az provider register --namespace Microsoft.Dashboard --wait")});
        ProviderInfo registered = *dashboard;
        registered.registrationState = QStringLiteral("Registered");
        QCOMPARE(ReadinessRules::providers({registered, *aks}).verdict, Verdict::Ready);

        Settings s = guideSettings();
        QCOMPARE(ReadinessRules::services(s, {*dashboard, *aks}).verdict, Verdict::Ready);
        s.setValue(keys::Region, QStringLiteral("northcentralus")); // AKS yes, Grafana no
        const Finding r = ReadinessRules::services(s, {*dashboard, *aks});
        QCOMPARE(r.verdict, Verdict::Blocking);
        QCOMPARE(r.items, QStringList{QStringLiteral("Microsoft.Dashboard/grafana")});
    }

    void roleAssignmentRight()
    {
        const auto list = ReadinessRules::parseRoleAssignments(sample("role-assignment-list.json"));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        Settings s = guideSettings();
        // Contributor on the subscription, Owner elsewhere: not enough.
        Finding f = ReadinessRules::roles(s, *list);
        QCOMPARE(f.verdict, Verdict::Blocking);
        QCOMPARE(f.items, Readiness::roleAssignmentSteps());
        QVERIFY(f.numbers.value(QStringLiteral("roles"))
                    .toString()
                    .contains(QStringLiteral("Contributor")));
        // Owner through a group on the deployment's own resource group: enough.
        s.setValue(keys::ResourceGroup, QStringLiteral("rg-other"));
        QCOMPARE(ReadinessRules::roles(s, *list).verdict, Verdict::Ready);
        // Inherited from a management group.
        const QList<RoleAssignmentInfo> inherited = {
            {QStringLiteral("User Access Administrator"),
             QStringLiteral("/providers/Microsoft.Management/managementGroups/corp")}};
        QCOMPARE(ReadinessRules::roles(guideSettings(), inherited).verdict, Verdict::Ready);
    }

    void storageName()
    {
        StorageNameResult r;
        r.name = QStringLiteral("hacnpgpsa1");
        r.state = StorageNameResult::State::Taken;
        QCOMPARE(ReadinessRules::storage(r).verdict, Verdict::Blocking);
        r.state = StorageNameResult::State::Yours;
        QCOMPARE(ReadinessRules::storage(r).verdict, Verdict::Ready);
        r.state = StorageNameResult::State::Error;
        QCOMPARE(ReadinessRules::storage(r).verdict, Verdict::CouldNotRun);
    }

    void namesAndGate()
    {
        for (CheckId id : Readiness::allChecks())
            QCOMPARE(Readiness::checkFromName(Readiness::checkName(id)), id);
        QVERIFY(!Readiness::checkFromName(QStringLiteral("quota")));
        Finding quota;
        quota.check = CheckId::VcpuQuota;
        quota.verdict = Verdict::Blocking;
        Finding ok;
        QCOMPARE(Readiness::blockingLeft({quota, ok}, {}).size(), 1);
        QVERIFY(Readiness::blockingLeft({quota, ok}, {CheckId::VcpuQuota}).isEmpty());
        QCOMPARE(Readiness::toJson({quota}, {CheckId::VcpuQuota})
                     .value(QStringLiteral("ignored"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("vcpu-quota"));
    }

    void wordsOfAFinding()
    {
        const auto recorded = *ReadinessRules::parseUsage(sample("vm-list-usage.json"));
        const Finding f = ReadinessRules::quota(guideSettings(), recorded, guideSizes()).first();
        const QString en = ReadinessText::line(f);
        QVERIFY2(en.startsWith(QStringLiteral("[blocking] vCPU quota: ")), qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("6 of 10 vCPUs free")));
        QVERIFY(en.contains(QStringLiteral("needs 18")));
        QVERIFY(en.contains(Readiness::quotaRequestLink()));
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
