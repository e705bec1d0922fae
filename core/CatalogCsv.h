#pragma once

// Reads and writes GPUs and models in the catalog's CSV format (docs/CATALOG-FORMAT.md), the
// format of the bundled catalog and of user import and export. Reading checks every row and
// reports every problem with its line and column, so an import can be refused as a whole: each
// cell against its column's rule and, for models, the rules between the fields
// (CatalogFieldCheck::modelRuleProblems). fromFields() checks the cells alone.

#include "GpuSpec.h"
#include "ModelSpec.h"
#include "Result.h"

#include <QList>
#include <QStringList>

template <typename Spec> struct ParsedRows
{
    QList<Spec> rows;
    QList<Error> errors;
    bool ok() const { return errors.isEmpty(); }
};

namespace CatalogCsv {

QStringList gpuColumns();
QStringList modelColumns();

ParsedRows<GpuSpec> readGpus(const QString &text, const QString &fileName = {});
ParsedRows<ModelSpec> readModels(const QString &text, const QString &fileName = {});

QString writeGpus(const QList<GpuSpec> &gpus);
QString writeModels(const QList<ModelSpec> &models);

// One row's cells in column order and back, for storage that keeps the same columns (the
// database). fromFields() returns the problems as (column, message) errors without a file.
QStringList gpuToFields(const GpuSpec &gpu);
Result<GpuSpec> gpuFromFields(const QStringList &fields);
QStringList modelToFields(const ModelSpec &model);
Result<ModelSpec> modelFromFields(const QStringList &fields);

// A catalog id: lower-case letters, digits, '.', '-' and '_', starting with a letter or digit.
bool isValidId(const QString &id);

} // namespace CatalogCsv
