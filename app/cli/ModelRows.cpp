#include "ModelRows.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "CatalogJson.h"
#include "CatalogRepository.h"
#include "FieldOptions.h"
#include "ModelTensors.h"

#include <QSet>

namespace {

// Options that describe the architecture: changing one changes the parameter counts.
bool isArchitecture(const QString &column)
{
    static const QSet<QString> other = {QStringLiteral("id"),
                                        QStringLiteral("name"),
                                        QStringLiteral("family"),
                                        QStringLiteral("hf_repo"),
                                        QStringLiteral("params_total_b"),
                                        QStringLiteral("params_active_b"),
                                        QStringLiteral("max_context"),
                                        QStringLiteral("sliding_window"),
                                        QStringLiteral("sliding_window_layers"),
                                        QStringLiteral("sources"),
                                        QStringLiteral("notes")};
    return !other.contains(column);
}

// Whether the command line changes the architecture, and with it the parameter counts.
bool architectureGiven(const CliArguments &args)
{
    for (const QString &column : CatalogCsv::modelColumns()) {
        if (isArchitecture(column) && args.isSet(FieldOptions::optionName(column)))
            return true;
    }
    return false;
}

} // namespace

QStringList ModelRows::columns()
{
    return CatalogCsv::modelColumns();
}

QString ModelRows::optionHelp(const QString &column)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("id"), QStringLiteral("stable id: lower-case letters, digits, . - _")},
        {QStringLiteral("name"), QStringLiteral("display name, e.g. Llama 3.1 8B")},
        {QStringLiteral("family"), QStringLiteral("the config's model_type, e.g. llama")},
        {QStringLiteral("hf_repo"), QStringLiteral("Hugging Face repository, org/name")},
        {QStringLiteral("params_total_b"),
         QStringLiteral("total parameters, billions (default: from the architecture)")},
        {QStringLiteral("params_active_b"),
         QStringLiteral("parameters per token, billions (default: from the architecture)")},
        {QStringLiteral("layers"), QStringLiteral("num_hidden_layers")},
        {QStringLiteral("hidden_size"), QStringLiteral("hidden_size")},
        {QStringLiteral("intermediate_size"), QStringLiteral("intermediate_size of the MLP")},
        {QStringLiteral("attention_heads"), QStringLiteral("num_attention_heads")},
        {QStringLiteral("kv_heads"), QStringLiteral("num_key_value_heads")},
        {QStringLiteral("head_dim"), QStringLiteral("head dimension (default: hidden/heads)")},
        {QStringLiteral("vocab_size"), QStringLiteral("vocabulary size")},
        {QStringLiteral("tied_embeddings"), QStringLiteral("yes or no")},
        {QStringLiteral("max_context"), QStringLiteral("longest context, tokens")},
        {QStringLiteral("attention"), QStringLiteral("mha, gqa, mqa or mla")},
        {QStringLiteral("mlp"), QStringLiteral("gated or plain")},
        {QStringLiteral("qkv_bias"), QStringLiteral("yes or no")},
        {QStringLiteral("sliding_window"), QStringLiteral("window in tokens")},
        {QStringLiteral("sliding_window_layers"), QStringLiteral("layers using the window")},
        {QStringLiteral("experts_total"), QStringLiteral("routed experts (MoE)")},
        {QStringLiteral("experts_active"), QStringLiteral("routed experts per token")},
        {QStringLiteral("shared_experts"), QStringLiteral("shared experts per MoE layer")},
        {QStringLiteral("moe_intermediate_size"), QStringLiteral("one expert's intermediate size")},
        {QStringLiteral("dense_layers"), QStringLiteral("leading dense layers of an MoE model")},
        {QStringLiteral("sources"), QStringLiteral("where the figures come from, ' | '-separated")},
    };
    return texts.value(column, QStringLiteral("the %1 column").arg(column));
}

QStringList ModelRows::toFields(const Spec &model)
{
    return CatalogCsv::modelToFields(model);
}

Result<ModelSpec> ModelRows::fromFields(const QStringList &cells)
{
    return CatalogCsv::modelFromFields(cells);
}

QHash<QString, QString> ModelRows::problems(const QStringList &cells)
{
    return CatalogFieldCheck::modelProblems(cells);
}

std::optional<ModelSpec> ModelRows::applyOptions(const Spec &base, const CliArguments &args,
                                                 QList<Error> &errors)
{
    auto model = FieldOptions::apply<ModelRows>(base, args, errors);
    // Counts the user gives stand; the others follow the architecture.
    if (model && architectureGiven(args)) {
        const ModelSpec given = *model;
        ModelArchitecture::computeParameterCounts(*model);
        if (args.isSet(QStringLiteral("params-total-b")))
            model->paramsTotalB = given.paramsTotalB;
        if (args.isSet(QStringLiteral("params-active-b")))
            model->paramsActiveB = given.paramsActiveB;
    }
    return model;
}

QString ModelRows::addedDetail(const Spec &model)
{
    return QStringLiteral(" (%1 billion parameters)")
        .arg(QString::number(model.paramsTotalB, 'f', 2));
}

QJsonObject ModelRows::json(const Spec &model)
{
    return CatalogJson::model(model);
}

Result<std::optional<ModelSpec>> ModelRows::find(const CatalogRepository &repo, const QString &id)
{
    return repo.model(id);
}

Result<std::optional<ModelSpec>> ModelRows::findBundled(const CatalogRepository &repo,
                                                        const QString &id)
{
    return repo.bundledModel(id);
}

Status ModelRows::save(CatalogRepository &repo, const Spec &model)
{
    return repo.saveUserModel(model);
}

Result<ModelSpec> ModelRows::revert(CatalogRepository &repo, const QString &id)
{
    return repo.revertModelToBundled(id);
}
