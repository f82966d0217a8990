#include "util/AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cnpg {

bool AtomicFile::write(const QString& path, const QByteArray& data, QString* error,
                       QFileDevice::Permissions permissions)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (permissions != QFileDevice::Permissions() && !file.setPermissions(permissions))
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace cnpg
