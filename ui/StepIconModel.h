#pragma once

#include "StageIcons.h"
#include "run/StepListModel.h"

#include <QIdentityProxyModel>

namespace cnpg {

// Adds the state icons (QtGui) to core's QtCore-only step model.
class StepIconModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == StepListModel::StateColumn)
            return StageIcons::forState(
                StepState(QIdentityProxyModel::data(index, StepListModel::StateRole).toInt()));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace cnpg
