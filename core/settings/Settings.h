#pragma once

#include "settings/SettingError.h"
#include "settings/SettingsSchema.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cnpg {

// The chosen values of a deployment: every variable of the guide plus the values it hard-codes.
// A value type. Derived names (rg-${LOCAL_NAME}-${SUFFIX}, ...) follow LOCAL_NAME and SUFFIX until
// the user sets one explicitly; from then on that one keeps its own value.
class Settings
{
public:
    // The guide's defaults with SUFFIX and the DNS prefix left empty (see withGeneratedIds()).
    Settings() = default;

    // The guide's defaults with a fresh SUFFIX (8 of [a-z0-9]) and DNS prefix ("a" + 10 hex),
    // drawn from the operating system's cryptographic random source. They are ordinary values
    // from then on: saved, exported and never re-rolled.
    static Settings withGeneratedIds();
    static QString generateSuffix();
    static QString generateDnsPrefix();

    QString value(const QString& key) const;
    // A list field (TAGS, zones) split into its items.
    QStringList listValue(const QString& key) const;
    int intValue(const QString& key) const;

    // Sets a value. For a derived field this overrides the derivation, even when the value
    // happens to equal it; use clearOverride() to follow LOCAL_NAME/SUFFIX again.
    void setValue(const QString& key, const QString& value);
    void clearOverride(const QString& key);
    bool isOverridden(const QString& key) const;
    // A derived field that currently follows its template.
    bool followsTemplate(const QString& key) const;
    // What a derived field would be from the current LOCAL_NAME/SUFFIX.
    QString derivedValue(const QString& key) const;

    // A default found at run time that replaces the schema's static one, e.g. the region's
    // default Kubernetes version (`az aks get-versions`). It applies while the field is not set
    // explicitly; once saved, a settings file holds it as an ordinary value. Empty: none.
    void setResolvedDefault(const QString& key, const QString& value);
    // The value the field has when it is not set: the resolved default, else the schema's.
    QString defaultValue(const QString& key) const;
    bool hasResolvedDefault(const QString& key) const { return m_resolved.contains(key); }

    // Every error of every field, plus cross-field rules (min <= max, zones in the region).
    SettingErrors validate() const;
    // The errors of one field with the current values (for as-you-type validation).
    SettingErrors validateField(const QString& key) const;
    bool isValid() const { return validate().isEmpty(); }

    // key -> resolved value, for every field.
    QHash<QString, QString> resolvedValues() const;

    bool operator==(const Settings& other) const;
    bool operator!=(const Settings& other) const { return !(*this == other); }

private:
    QString resolve(const QString& key, int depth) const;
    SettingErrors crossFieldErrors(const QString& onlyKey) const;

    QHash<QString, QString> m_explicit; // values the user (or a file) set
    QHash<QString, QString> m_resolved; // defaults found at run time (setResolvedDefault)
};

} // namespace cnpg
