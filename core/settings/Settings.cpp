#include "settings/Settings.h"

#include "settings/AzureRegions.h"
#include "settings/FieldValidator.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace cnpg {

namespace {

QString randomFrom(const QString& alphabet, int length)
{
    // QRandomGenerator::system() reads the OS's cryptographically secure source; a bounded()
    // draw avoids the modulo bias of `% size`.
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return out;
}

const FieldSpec& specOrDie(const QString& key)
{
    const FieldSpec* spec = SettingsSchema::find(key);
    Q_ASSERT_X(spec, "Settings", qPrintable(QStringLiteral("unknown key ") + key));
    static const FieldSpec none;
    return spec ? *spec : none;
}

} // namespace

Settings Settings::withGeneratedIds()
{
    Settings s;
    s.setValue(keys::Suffix, generateSuffix());
    s.setValue(keys::DnsPrefix, generateDnsPrefix());
    return s;
}

QString Settings::generateSuffix()
{
    return randomFrom(QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"), 8);
}

QString Settings::generateDnsPrefix()
{
    // The guide: "a$(openssl rand -hex 5 | cut -c1-11)", i.e. "a" followed by 10 hex digits.
    return QLatin1Char('a') + randomFrom(QStringLiteral("0123456789abcdef"), 10);
}

QString Settings::value(const QString& key) const
{
    return resolve(key, 0);
}

QString Settings::resolve(const QString& key, int depth) const
{
    const auto it = m_explicit.constFind(key);
    if (it != m_explicit.constEnd())
        return it.value();
    const auto resolved = m_resolved.constFind(key);
    if (resolved != m_resolved.constEnd())
        return resolved.value();
    const FieldSpec& spec = specOrDie(key);
    if (!spec.isDerived() || depth > 8) // the schema has no cycles; the depth cap is a guard
        return spec.defaultValue;
    static const QRegularExpression ref(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto m = ref.globalMatch(spec.defaultValue);
    while (m.hasNext()) {
        const auto match = m.next();
        out += spec.defaultValue.mid(last, match.capturedStart() - last);
        out += resolve(match.captured(1), depth + 1);
        last = match.capturedEnd();
    }
    out += spec.defaultValue.mid(last);
    return out;
}

QStringList Settings::listValue(const QString& key) const
{
    return value(key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int Settings::intValue(const QString& key) const
{
    return value(key).toInt();
}

void Settings::setValue(const QString& key, const QString& value)
{
    specOrDie(key);
    m_explicit.insert(key, value);
}

void Settings::clearOverride(const QString& key)
{
    m_explicit.remove(key);
}

bool Settings::isOverridden(const QString& key) const
{
    return m_explicit.contains(key);
}

bool Settings::followsTemplate(const QString& key) const
{
    return specOrDie(key).isDerived() && !m_explicit.contains(key);
}

QString Settings::derivedValue(const QString& key) const
{
    Settings copy = *this;
    copy.m_explicit.remove(key);
    return copy.value(key);
}

void Settings::setResolvedDefault(const QString& key, const QString& value)
{
    specOrDie(key);
    if (value.isEmpty())
        m_resolved.remove(key);
    else
        m_resolved.insert(key, value);
}

QString Settings::defaultValue(const QString& key) const
{
    Settings copy = *this;
    copy.m_explicit.remove(key);
    return copy.value(key);
}

SettingErrors Settings::validateField(const QString& key) const
{
    SettingErrors errors = FieldValidator::validate(specOrDie(key), value(key));
    if (errors.isEmpty())
        errors += crossFieldErrors(key);
    return errors;
}

SettingErrors Settings::validate() const
{
    SettingErrors errors;
    for (const FieldSpec& spec : SettingsSchema::fields())
        errors += FieldValidator::validate(spec, value(spec.key));
    errors += crossFieldErrors(QString());
    return errors;
}

SettingErrors Settings::crossFieldErrors(const QString& onlyKey) const
{
    SettingErrors errors;
    auto wanted = [&](const QString& k) { return onlyKey.isEmpty() || onlyKey == k; };
    auto checkPair = [&](const QString& minKey, const QString& maxKey) {
        bool okMin = false;
        bool okMax = false;
        const int lo = value(minKey).toInt(&okMin);
        const int hi = value(maxKey).toInt(&okMax);
        if (okMin && okMax && lo > hi && (wanted(minKey) || wanted(maxKey)))
            errors.append({minKey, SettingErrorCode::MinGreaterThanMax, lo, hi, maxKey});
    };
    checkPair(keys::SystemMinCount, keys::SystemMaxCount);
    checkPair(keys::UserMinCount, keys::UserMaxCount);

    // az refuses the long-term support plan on any tier but premium (validate_k8s_support_plan).
    if ((wanted(keys::SupportPlan) || wanted(keys::Tier)) &&
        value(keys::SupportPlan) == QLatin1String("AKSLongTermSupport") &&
        value(keys::Tier) != QLatin1String("premium"))
        errors.append(
            {keys::SupportPlan, SettingErrorCode::LtsNeedsPremium, 0, 0, value(keys::Tier)});

    const QString region = value(keys::Region);
    if ((wanted(keys::Zones) || wanted(keys::Region)) && !listValue(keys::Zones).isEmpty() &&
        AzureRegions::isKnown(region) && !AzureRegions::hasAvailabilityZones(region))
        errors.append({keys::Zones, SettingErrorCode::RegionWithoutZones, 0, 0, region});
    return errors;
}

QHash<QString, QString> Settings::resolvedValues() const
{
    QHash<QString, QString> out;
    for (const FieldSpec& spec : SettingsSchema::fields())
        out.insert(spec.key, value(spec.key));
    return out;
}

bool Settings::operator==(const Settings& other) const
{
    // Equal when they deploy the same thing and their derived names behave the same: a plain
    // value spelled out as its default (as a loaded file has them) equals one left at the default,
    // but a derived name pinned to today's value differs from one that follows LOCAL_NAME/SUFFIX.
    for (const FieldSpec& spec : SettingsSchema::fields()) {
        if (value(spec.key) != other.value(spec.key))
            return false;
        if (spec.isDerived() && isOverridden(spec.key) != other.isOverridden(spec.key))
            return false;
    }
    return true;
}

} // namespace cnpg
