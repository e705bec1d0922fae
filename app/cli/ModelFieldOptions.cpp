#include "ModelFieldOptions.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "ModelTensors.h"

#include <QHash>
#include <QSet>

namespace {

QString optionName(const QString &column)
{
    return QString(column).replace(u'_', u'-');
}

QString help(const QString &column)
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

} // namespace

namespace ModelFieldOptions {

QList<CliArguments::Option> options(bool withId)
{
    QList<CliArguments::Option> list;
    for (const QString &column : CatalogCsv::modelColumns()) {
        if (column == u"id" && !withId)
            continue;
        list.append({optionName(column), true, QStringLiteral("VALUE"), help(column)});
    }
    return list;
}

int countGiven(const CliArguments &args)
{
    int n = 0;
    for (const QString &column : CatalogCsv::modelColumns())
        n += args.isSet(optionName(column)) ? 1 : 0;
    return n;
}

std::optional<ModelSpec> apply(const ModelSpec &base, const CliArguments &args,
                               QList<Error> &errors)
{
    const QStringList columns = CatalogCsv::modelColumns();
    QStringList cells = CatalogCsv::modelToFields(base);
    bool architectureChanged = false;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (const QString option = optionName(columns.at(c)); args.isSet(option)) {
            cells[c] = args.value(option).trimmed();
            architectureChanged = architectureChanged || isArchitecture(columns.at(c));
        }
    }
    // Every bad value on its own, not only the first; the base's own gaps (an add-model without
    // layers) are left to the whole-row check below.
    const auto problems = CatalogFieldCheck::modelProblems(cells);
    for (const QString &column : columns) {
        const QString option = optionName(column);
        if (args.isSet(option) && problems.contains(column))
            errors.append(Error{problems.value(column), {}, 0, QStringLiteral("--") + option});
    }
    if (!errors.isEmpty())
        return std::nullopt;
    const auto parsed = CatalogCsv::modelFromFields(cells);
    if (!parsed) {
        errors.append(Error{parsed.error().message,
                            {},
                            0,
                            QStringLiteral("--") + optionName(parsed.error().field)});
        return std::nullopt;
    }
    ModelSpec model = *parsed;
    // Counts the user gives stand; the others follow the architecture.
    if (architectureChanged) {
        const ModelSpec given = model;
        ModelArchitecture::computeParameterCounts(model);
        if (args.isSet(QStringLiteral("params-total-b")))
            model.paramsTotalB = given.paramsTotalB;
        if (args.isSet(QStringLiteral("params-active-b")))
            model.paramsActiveB = given.paramsActiveB;
    }
    return model;
}

} // namespace ModelFieldOptions
