#include "HfConfigImporter.h"

#include "CatalogCsv.h"
#include "CatalogFieldCheck.h"
#include "ModelTensors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

// Reads keys from the config, remembering the first problem and the defaults it took.
class ConfigReader
{
public:
    ConfigReader(const QJsonObject &object, QString fileName)
        : m_object(object)
        , m_fileName(std::move(fileName))
    {}

    // The first of the given keys that is present, as a positive integer.
    int required(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys) {
            const QString k = QString::fromLatin1(key);
            if (m_object.contains(k))
                return positive(k);
        }
        fail(QCoreApplication::translate("HfConfigImporter", "the key is missing"),
             QString::fromLatin1(*keys.begin()));
        return 0;
    }

    int optional(std::initializer_list<const char *> keys, int fallback,
                 const QString &assumption = {})
    {
        for (const char *key : keys) {
            const QString k = QString::fromLatin1(key);
            const QJsonValue v = m_object.value(k);
            if (!v.isUndefined() && !v.isNull())
                return positive(k, true);
        }
        if (!assumption.isEmpty())
            m_assumptions.append(assumption);
        return fallback;
    }

    bool flag(const char *key, bool fallback)
    {
        const QJsonValue v = m_object.value(QString::fromLatin1(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(QCoreApplication::translate("HfConfigImporter", "must be true or false"),
                 QString::fromLatin1(key));
            return fallback;
        }
        return v.toBool();
    }

    bool has(const char *key) const
    {
        const QJsonValue v = m_object.value(QString::fromLatin1(key));
        return !v.isUndefined() && !v.isNull();
    }

    void fail(const QString &message, const QString &key)
    {
        if (!m_error)
            m_error = Error{message, m_fileName, 0, key};
    }

    const std::optional<Error> &error() const { return m_error; }
    QStringList assumptions() const { return m_assumptions; }

private:
    int positive(const QString &key, bool zeroAllowed = false)
    {
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(-1);
        // The range first: converting a double beyond qint64 is undefined (found by fuzzing).
        if (!v.isDouble() || !(d >= 0 && d <= 1e9) || d != std::floor(d) ||
            (d == 0 && !zeroAllowed)) {
            fail(QCoreApplication::translate("HfConfigImporter", "must be a positive whole number"),
                 key);
            return 0;
        }
        return int(d);
    }

    QJsonObject m_object;
    QString m_fileName;
    std::optional<Error> m_error;
    QStringList m_assumptions;
};

bool tiedByDefault(const QString &type)
{
    // The defaults of each configuration class in transformers.
    return type == u"gemma" || type == u"gemma2" || type == u"cohere" || type == u"falcon";
}

} // namespace

namespace HfConfigImporter {

QStringList supportedModelTypes()
{
    return {QStringLiteral("llama"),       QStringLiteral("mistral"), QStringLiteral("mixtral"),
            QStringLiteral("qwen2"),       QStringLiteral("qwen3"),   QStringLiteral("gemma"),
            QStringLiteral("gemma2"),      QStringLiteral("phi3"),    QStringLiteral("deepseek_v2"),
            QStringLiteral("deepseek_v3"), QStringLiteral("falcon"),  QStringLiteral("cohere")};
}

QString slugify(const QString &text)
{
    QString slug = text.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    slug.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    while (slug.startsWith(u'-') || slug.startsWith(u'.') || slug.startsWith(u'_'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(100);
}

Result<ImportedModel> fromJson(const QByteArray &json, const QString &fileName, const QString &id)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt gives a byte offset; a line is what a person can find.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error{QCoreApplication::translate("HfConfigImporter", "not valid JSON: %1")
                         .arg(parseError.errorString()),
                     fileName,
                     line,
                     {}};
    }
    if (!doc.isObject())
        return Error{
            QCoreApplication::translate("HfConfigImporter", "a config.json holds one JSON object"),
            fileName,
            0,
            {}};
    const QJsonObject o = doc.object();

    const QString type = o.value(QStringLiteral("model_type")).toString();
    if (type.isEmpty())
        return Error{QCoreApplication::translate("HfConfigImporter", "the key is missing"),
                     fileName, 0, QStringLiteral("model_type")};
    if (!supportedModelTypes().contains(type)) {
        return Error{QCoreApplication::translate(
                         "HfConfigImporter", "'%1' is not a supported architecture (supported: %2)")
                         .arg(type, supportedModelTypes().join(QStringLiteral(", "))),
                     fileName, 0, QStringLiteral("model_type")};
    }

    ConfigReader r(o, fileName);
    ModelSpec m;
    m.family = type;
    m.origin = RowOrigin::User;
    const bool falcon = type == u"falcon";
    const bool mla = type.startsWith(u"deepseek");

    m.hiddenSize = r.required({"hidden_size", "d_model"});
    m.layers = r.required({"num_hidden_layers", "n_layer"});
    m.attentionHeads = r.required({"num_attention_heads", "n_head"});
    m.vocabSize = r.required({"vocab_size"});
    if (falcon) {
        const bool newArch = r.flag("new_decoder_architecture", false);
        const bool multiQuery = r.flag("multi_query", true);
        m.kvHeads = newArch ? r.optional({"num_kv_heads", "n_head_kv"}, 1)
                            : (multiQuery ? 1 : m.attentionHeads);
        m.intermediateSize =
            r.optional({"ffn_hidden_size"}, 4 * m.hiddenSize,
                       QCoreApplication::translate("HfConfigImporter",
                                                   "intermediate size 4 x hidden size (Falcon)"));
        m.mlp = MlpKind::Plain;
    } else {
        m.kvHeads = r.optional(
            {"num_key_value_heads"}, m.attentionHeads,
            QCoreApplication::translate(
                "HfConfigImporter", "num_key_value_heads absent: one KV head per attention head"));
        m.intermediateSize = r.required({"intermediate_size"});
    }
    if (r.error())
        return *r.error();

    m.headDim = r.optional({"head_dim"}, m.hiddenSize / m.attentionHeads);
    if (m.headDim == 0)
        m.headDim = m.hiddenSize / m.attentionHeads;
    m.tiedEmbeddings = r.flag("tie_word_embeddings", tiedByDefault(type));
    m.qkvBias = type == u"qwen2" || r.flag("attention_bias", false);
    m.maxContext =
        r.optional({"max_position_embeddings", "max_sequence_length", "seq_length"}, 2048,
                   QCoreApplication::translate("HfConfigImporter",
                                               "maximum context 2048 tokens (no key gives it)"));

    // Sliding-window attention: Gemma 2 alternates local and global layers; Mistral 7B v0.1
    // and Phi-3 use the window on every layer; Qwen2 only when use_sliding_window is set.
    const bool slidingOn = type == u"qwen2" ? r.flag("use_sliding_window", false) : true;
    if (slidingOn && r.has("sliding_window")) {
        const int window = r.optional({"sliding_window"}, 0);
        if (window > 0 && window < m.maxContext) {
            m.slidingWindow = window;
            m.slidingWindowLayers = type == u"gemma2" ? m.layers / 2 : m.layers;
        }
    }

    if (type == u"mixtral") {
        m.expertsTotal = r.required({"num_local_experts"});
        m.expertsActive = r.required({"num_experts_per_tok"});
    }
    if (mla) {
        m.attention = AttentionKind::Mla;
        m.expertsTotal = r.required({"n_routed_experts"});
        m.expertsActive = r.required({"num_experts_per_tok"});
        m.sharedExperts = r.optional({"n_shared_experts"}, 0);
        m.moeIntermediateSize = r.required({"moe_intermediate_size"});
        m.denseLayers = r.optional({"first_k_dense_replace"}, 0);
        m.qLoraRank = r.optional({"q_lora_rank"}, 0);
        m.kvLoraRank = r.required({"kv_lora_rank"});
        m.qkNopeHeadDim = r.required({"qk_nope_head_dim"});
        m.qkRopeHeadDim = r.required({"qk_rope_head_dim"});
        m.vHeadDim = r.required({"v_head_dim"});
        m.headDim = m.qkNopeHeadDim + m.qkRopeHeadDim;
    } else if (m.kvHeads == m.attentionHeads) {
        m.attention = AttentionKind::Mha;
    } else if (m.kvHeads == 1) {
        m.attention = AttentionKind::Mqa;
    } else {
        m.attention = AttentionKind::Gqa;
    }
    if (r.error())
        return *r.error();
    if (m.kvHeads <= 0) {
        return Error{
            QCoreApplication::translate("HfConfigImporter", "must be a positive whole number"),
            fileName, 0, QStringLiteral("num_key_value_heads")};
    }
    if (const QString problem = CatalogFieldCheck::kvHeadsProblem(m.kvHeads, m.attentionHeads);
        !problem.isEmpty())
        return Error{problem, fileName, 0, QStringLiteral("num_key_value_heads")};
    if (const QString problem = CatalogFieldCheck::layersProblem(m.layers); !problem.isEmpty())
        return Error{problem, fileName, 0, QStringLiteral("num_hidden_layers")};
    if (const QString problem = CatalogFieldCheck::headsProblem(m.attentionHeads, m.hiddenSize);
        !problem.isEmpty())
        return Error{problem, fileName, 0, QStringLiteral("num_attention_heads")};

    // Name and id: the repository the config names, else the folder or file it came from.
    QString name = o.value(QStringLiteral("_name_or_path")).toString().section(u'/', -1);
    if (name.isEmpty() || name.startsWith(u'.')) {
        const QFileInfo info(fileName);
        name = info.completeBaseName() == u"config" ? info.absoluteDir().dirName()
                                                    : info.completeBaseName();
    }
    m.name = name;
    m.hfRepo = o.value(QStringLiteral("_name_or_path")).toString();
    m.id = id.isEmpty() ? slugify(name) : id;
    if (!CatalogCsv::isValidId(m.id)) {
        return Error{QCoreApplication::translate(
                         "HfConfigImporter",
                         "'%1' is not a valid id (lower-case letters, digits, '.', '-', '_')")
                         .arg(m.id),
                     fileName, 0, QStringLiteral("id")};
    }
    m.sources = {QStringLiteral("config.json: %1").arg(QFileInfo(fileName).fileName())};
    ModelArchitecture::computeParameterCounts(m);
    return ImportedModel{m, r.assumptions()};
}

Result<ImportedModel> fromFile(const QString &path, const QString &id)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("HfConfigImporter", "cannot read the file: %1")
                         .arg(file.errorString()),
                     path,
                     0,
                     {}};
    // A config.json is a few kilobytes; anything huge is not one.
    if (file.size() > 16 * 1024 * 1024)
        return Error{QCoreApplication::translate("HfConfigImporter",
                                                 "the file is too large to be a config.json"),
                     path,
                     0,
                     {}};
    return fromJson(file.readAll(), path, id);
}

} // namespace HfConfigImporter
