// The rows of tst_fieldvalidator: every rule's good and bad values with the exact errors
// expected (Azure's and Kubernetes' naming rules as their documentation and the README state
// them).
#pragma once

#include "settings/SettingError.h"

#include <QList>
#include <QString>

struct FieldCase
{
    QString key;
    QString value;
    cnpg::SettingErrors expected; // empty: the value is valid
};

QList<FieldCase> fieldValidatorCases();

// A readable data tag for a value: control characters spelled out, long values shortened.
QString printableValue(const QString& value);
