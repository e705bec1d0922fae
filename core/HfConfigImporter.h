#pragma once

// Reads a Hugging Face config.json into a ModelSpec and computes its parameter counts from the
// architecture. Knows the keys of the Llama, Mistral, Mixtral, Qwen2, Gemma, Gemma 2, Phi-3,
// DeepSeek-V2/V3, Falcon and Cohere configs; a missing or unusable key is an error naming it.

#include "ModelSpec.h"
#include "Result.h"

#include <QByteArray>
#include <QStringList>

struct ImportedModel
{
    ModelSpec model;
    QStringList assumptions; // defaults taken for keys the file leaves out
};

namespace HfConfigImporter {

QStringList supportedModelTypes();

// fileName names the input in errors and, with no id given, gives the id and name.
Result<ImportedModel> fromJson(const QByteArray &json, const QString &fileName,
                               const QString &id = {});
Result<ImportedModel> fromFile(const QString &path, const QString &id = {});

// "meta-llama/Llama-3.1-8B" -> "llama-3.1-8b"
QString slugify(const QString &text);

} // namespace HfConfigImporter
