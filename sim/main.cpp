// cnpg-sim: acts as az, kubectl or helm according to the name it is called by (see SimTool).
#include "SimTool.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return cnpg::sim::SimTool::main(QCoreApplication::arguments());
}
