// Every rule of FieldValidator, good and bad values, checked down to the error code, its min/max
// and its detail. The expected rules are Azure's and Kubernetes' naming rules as their
// documentation states them (and the README's table), not read back from the implementation.
#include "settings/FieldValidator.h"
#include "FieldValidatorCases.h"
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QSet>
#include <QTest>

using namespace cnpg;
using C = SettingErrorCode;

Q_DECLARE_METATYPE(cnpg::SettingErrors)

namespace {

// A valid value for every field: the guide's defaults, a fixed SUFFIX and DNS prefix, an address.
Settings validSettings()
{
    Settings s;
    s.setValue(keys::Suffix, QStringLiteral("abc12345"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.7"));
    return s;
}

} // namespace

class TestFieldValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<SettingErrors>("expected");
        QSet<QString> tags;
        for (const FieldCase& c : fieldValidatorCases()) {
            QString tag =
                c.key + QStringLiteral(" ") + printableValue(c.value) +
                (c.expected.isEmpty()
                     ? QStringLiteral(" ok")
                     : QStringLiteral(" ") + settingErrorCodeName(c.expected.first().code));
            for (int n = 2; tags.contains(tag); ++n)
                tag += QStringLiteral(" #%1").arg(n);
            tags.insert(tag);
            QTest::addRow("%s", qPrintable(tag)) << c.key << c.value << c.expected;
        }
    }

    void validate()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(SettingErrors, expected);
        const FieldSpec* spec = SettingsSchema::find(key);
        QVERIFY(spec);
        const SettingErrors got = FieldValidator::validate(*spec, value);
        if (got != expected) {
            QStringList lines;
            for (const SettingError& e : got)
                lines << QStringLiteral("%1 %2 min=%3 max=%4 detail=[%5]")
                             .arg(e.field, settingErrorCodeName(e.code))
                             .arg(e.min)
                             .arg(e.max)
                             .arg(e.detail);
            QFAIL(qPrintable(QStringLiteral("got: ") + lines.join(QStringLiteral("; "))));
        }
    }

    // Every rule the schema uses has good and bad rows above.
    void everyRuleOfTheSchemaIsExercised()
    {
        QSet<int> good;
        QSet<int> bad;
        for (const FieldCase& c : fieldValidatorCases())
            (c.expected.isEmpty() ? good : bad).insert(int(SettingsSchema::find(c.key)->rule));
        for (const FieldSpec& f : SettingsSchema::fields()) {
            QVERIFY2(good.contains(int(f.rule)), qPrintable(f.key));
            QVERIFY2(bad.contains(int(f.rule)), qPrintable(f.key));
        }
    }

    void guideDefaultsAreValid_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString& key : SettingsSchema::keys())
            QTest::addRow("%s", qPrintable(key)) << key;
    }

    void guideDefaultsAreValid()
    {
        QFETCH(QString, key);
        const Settings s = validSettings();
        QCOMPARE(FieldValidator::validate(*SettingsSchema::find(key), s.value(key)),
                 SettingErrors());
    }

    void emptyValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("optional");
        // The chart version is pinned: empty is no longer "the latest".
        const QSet<QString> optional = {keys::Tags, keys::Zones, keys::SubscriptionId};
        for (const QString& key : SettingsSchema::keys())
            QTest::addRow("%s", qPrintable(key)) << key << optional.contains(key);
    }

    void emptyValue()
    {
        QFETCH(QString, key);
        QFETCH(bool, optional);
        const SettingErrors got = FieldValidator::validate(*SettingsSchema::find(key), QString());
        if (optional)
            QCOMPARE(got, SettingErrors());
        else
            QCOMPARE(got, SettingErrors({{key, C::Required, 0, 0, {}}}));
    }

    // Newlines, tabs and other control characters are refused in every field, whatever its rule,
    // and before any other check.
    void controlCharacters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const Settings s = validSettings();
        const QList<QPair<const char*, QString>> controls = {
            {"newline", QStringLiteral("\n")},
            {"tab", QStringLiteral("\t")},
            {"cr", QStringLiteral("\r")},
            {"nul", QString(QChar(0))},
            {"esc", QStringLiteral("\x1b")},
            {"del", QStringLiteral("\x7f")},
            {"nel", QStringLiteral("\u0085")},
            {"line separator", QStringLiteral("\u2028")},
            {"paragraph separator", QStringLiteral("\u2029")},
        };
        for (const QString& key : SettingsSchema::keys()) {
            const QString good = s.value(key).isEmpty() ? QStringLiteral("1") : s.value(key);
            for (const auto& [name, ch] : controls) {
                QTest::addRow("%s %s inside", qPrintable(key), name) << key << good + ch + good;
                QTest::addRow("%s %s at end", qPrintable(key), name) << key << good + ch;
            }
        }
    }

    void controlCharacters()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(FieldValidator::validate(*SettingsSchema::find(key), value),
                 SettingErrors({{key, C::ControlCharacters, 0, 0, {}}}));
    }

    // No value may start with a hyphen: az, kubectl and helm would read it as an option
    // ("--set RESOURCE_GROUP_NAME=--debug"); in a list, no entry may. Fields whose own rule
    // already refuses a leading hyphen keep their rule's error; the others say why.
    void leadingHyphen_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("hyphenError");
        const Settings s = validSettings();
        for (const QString& key : SettingsSchema::keys()) {
            const QString good = s.value(key).isEmpty() ? QStringLiteral("1") : s.value(key);
            for (const char* prefix : {"-", "--", "-h", "--debug"})
                QTest::addRow("%s %s", qPrintable(key), prefix)
                    << key << QString::fromLatin1(prefix) + good << false;
        }
        for (const char* v : {"--debug", "--", "-h", "--yes", "-rg.1"})
            QTest::addRow("RESOURCE_GROUP_NAME exactly %s", v)
                << keys::ResourceGroup << QString::fromLatin1(v) << true;
        QTest::addRow("TAGS first entry") << keys::Tags << QStringLiteral("--debug=x") << true;
        QTest::addRow("TAGS second entry") << keys::Tags << QStringLiteral("a=b --debug=x") << true;
    }

    void leadingHyphen()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, hyphenError);
        const SettingErrors got = FieldValidator::validate(*SettingsSchema::find(key), value);
        QVERIFY2(!got.isEmpty(), qPrintable(value));
        if (hyphenError)
            QCOMPARE(got, SettingErrors({{key, C::StartsWithHyphen, 0, 0, {}}}));
    }

    // A lone UTF-16 surrogate is no character: it would reach the script as '?'.
    void loneSurrogate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        const Settings s = validSettings();
        for (const QString& key : SettingsSchema::keys()) {
            const QString good = s.value(key).isEmpty() ? QStringLiteral("a") : s.value(key);
            QTest::addRow("%s high", qPrintable(key)) << key << good + QChar(0xd800);
            QTest::addRow("%s low", qPrintable(key)) << key << QChar(0xdc00) + good;
        }
        QTest::addRow("TAGS value") << keys::Tags << QStringLiteral("a=") + QChar(0xd83d);
    }

    void loneSurrogate()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(FieldValidator::validate(*SettingsSchema::find(key), value),
                 SettingErrors({{key, C::InvalidUnicode, 0, 0, {}}}));
    }

    void surrogatePairsAndBidiInTagValuesStay()
    {
        // An emoji is a valid pair; right-to-left text in a tag value needs its marks.
        const FieldSpec& tags = *SettingsSchema::find(keys::Tags);
        QCOMPARE(FieldValidator::validate(tags, QStringLiteral("emoji=🐘 rtl=\u202eabc")),
                 SettingErrors());
    }

    void bidiControlsInTagNamesAreRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("override") << QStringLiteral("own\u202ereno=x");
        QTest::newRow("isolate") << QStringLiteral("\u2067owner=x");
        QTest::newRow("zero width") << QStringLiteral("own\u200ber=x");
        QTest::newRow("mark") << QStringLiteral("owner\u200f=x");
    }

    void bidiControlsInTagNamesAreRefused()
    {
        QFETCH(QString, entry);
        QCOMPARE(FieldValidator::validate(*SettingsSchema::find(keys::Tags), entry),
                 SettingErrors({{keys::Tags, C::InvalidTag, 0, 0, entry}}));
    }

    void isIpv4OrCidr_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        for (const char* e : {"203.0.113.7", "203.0.113.0/24", "0.0.0.0/0", "1.2.3.4/32",
                              "255.255.255.255", "192.168.0.0/16", "128.0.0.0/1"})
            QTest::addRow("%s", e) << QString::fromLatin1(e) << true;
        for (const char* e : {"", "1.2.3.4,5.6.7.8", " 1.2.3.4", "1.2.3.4/", "1.2.3.4/33",
                              "1.2.3.4/24", "192.168.1.0/16", "1.2.3.256", "1.2.3.-1", "1.2.3.4/a",
                              "::1", "::ffff:1.2.3.4", "1..3.4"})
            QTest::addRow("not: %s", e) << QString::fromLatin1(e) << false;
    }

    void isIpv4OrCidr()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::isIpv4OrCidr(entry), valid);
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
