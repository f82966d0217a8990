#include "SimError.h"

namespace cnpg::sim {

void azFail(const QString& message, int exitCode)
{
    throw SimError{exitCode, QStringLiteral("ERROR: ") + message + QLatin1Char('\n')};
}

void armFail(const QString& code, const QString& message, int exitCode)
{
    azFail(QStringLiteral("(%1) %2\nCode: %1\nMessage: %2").arg(code, message), exitCode);
}

void resourceNotFound(const QString& type, const QString& name, const QString& resourceGroup)
{
    armFail(QStringLiteral("ResourceNotFound"),
            QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found. For "
                           "more details please go to https://aka.ms/ARMResourceNotFoundFix")
                .arg(type, name, resourceGroup),
            3);
}

void groupNotFound(const QString& resourceGroup)
{
    armFail(QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(resourceGroup), 3);
}

void usageFail(const QString& message)
{
    azFail(message, 2);
}

} // namespace cnpg::sim
