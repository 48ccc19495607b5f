namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>
/// The platform's rule codes (IndustryPlatform.Rules/RuleCodes*.cs) in plain words for the people who meet them; a
/// code not listed here is shown as it is, which still names the rule.
/// </summary>
public static class RuleWords
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new(StringComparer.Ordinal)
    {
        ["region.not-yours"] = ("只能操作本区县的数据", "You may act only on your own district's data"),
        ["role.missing"] = ("您的账号没有这项操作的权限", "Your account may not do this"),
        ["token.missing"] = ("登录已过期，请重新登录", "Your sign-in has expired; please sign in again"),
        ["token.invalid"] = ("登录已过期，请重新登录", "Your sign-in has expired; please sign in again"),
        ["service.unavailable"] = ("平台服务暂时不可用，请稍后再试", "The platform is unavailable; try again shortly"),
        ["service.timeout"] = ("平台服务响应超时，请稍后再试", "The platform did not answer in time; try again"),
        ["rate-limit.exceeded"] = ("操作过于频繁，请稍后再试", "Too many requests; try again shortly"),
        ["csv.header"] = ("CSV 首行必须是 indicator_code,region_code,period,basis,value,unit", "The CSV's first line must be indicator_code,region_code,period,basis,value,unit"),
        ["value.required"] = ("数值缺失或不是数字", "The value is missing or not a number"),
        ["unit.mismatch"] = ("计量单位与指标不符", "The unit does not match the indicator's"),
        ["indicator.unknown"] = ("没有这个指标代码", "No such indicator code"),
        ["indicator.counted-from-events"] = ("该指标由平台按项目和企业记录统计，不能报送", "This indicator is counted from the records and cannot be submitted"),
        ["region.unknown"] = ("没有这个地区代码", "No such region code"),
        ["district.unknown"] = ("没有这个区县代码", "No such district code"),
        ["period.invalid"] = ("报告期格式不对（应如 2025-06）", "The period is malformed (e.g. 2025-06)"),
        ["period.in-future"] = ("报告期还没到", "The period is in the future"),
        ["period.frequency-mismatch"] = ("报告期与指标的频度不符", "The period does not match the indicator's frequency"),
        ["basis.invalid"] = ("口径只能是当月或累计", "The basis must be month or year-to-date"),
        ["basis.not-for-period"] = ("该报告期没有这个口径", "This basis does not apply to the period"),
        ["cumulative.falling-within-year"] = ("累计值不能比上月累计小", "A year-to-date figure cannot fall within the year"),
        ["growth.outside-plausible-band"] = ("增速超出合理范围，请核实后勾选确认再报", "The growth is implausible; check it and send it confirmed"),
        ["figure.negative"] = ("数值不能为负", "The figure cannot be negative"),
        ["batch.size"] = ("一次报送的行数超过上限", "Too many rows in one batch"),
        ["observation.concurrent-revision"] = ("这个数据刚被别人修改过，请刷新后重试", "Someone revised this figure just now; reload and retry"),
        ["stage.out-of-order"] = ("只能推进到下一个阶段", "A project advances one stage at a time"),
        ["stage.already-reached"] = ("项目已经到达这个阶段", "The project has already reached this stage"),
        ["stage.before-previous-stage"] = ("日期不能早于上一阶段", "The date cannot be before the previous stage's"),
        ["project.at-capacity"] = ("项目已达产，没有下一个阶段", "The project is at full capacity; there is no next stage"),
        ["project.version-stale"] = ("项目刚被别人修改过，请刷新后重试", "The project was changed meanwhile; reload and retry"),
        ["project.not-found"] = ("没有这个项目", "No such project"),
        ["plan.out-of-order"] = ("计划日期必须按阶段先后排列", "Planned dates must follow the stages' order"),
        ["plan.before-current-stage"] = ("不能重新计划已经到达的阶段", "Stages already reached cannot be re-planned"),
        ["reason.required"] = ("请填写原因", "Give a reason"),
        ["date.in-future"] = ("日期不能晚于今天", "The date cannot be in the future"),
        ["date.format"] = ("日期格式应为 2025-06-30", "Dates are written 2025-06-30"),
        ["enterprise.not-found"] = ("没有这家企业", "No such enterprise"),
        ["figures.not-found"] = ("这一年还没有报送数据", "No figures for that year yet"),
        ["tier.unknown"] = ("没有这个梯队", "No such tier"),
        ["tier.year-out-of-range"] = ("只能为今年或以前的年份推荐和认定", "Tiers are proposed and certified for years that have begun"),
        ["tier.already-certified"] = ("这家企业这一年已经认定", "Already certified for that year"),
        ["tier.candidate-expired"] = ("培育期已过，不能再认定", "The candidacy has expired and can no longer be certified"),
        ["tier.already-revoked"] = ("已经撤销", "Already revoked"),
        ["tier-record.exists"] = ("这家企业这一年已在这个梯队的培育库或名单里", "The enterprise already has a record of that tier for the year"),
        ["tier-record.not-found"] = ("培育库里没有这条记录", "No such record in the pool"),
        ["tier-record.revoked"] = ("这条记录已撤销，请另选年份重新推荐", "That record was revoked; propose it again for another year"),
        ["tier-record.changed-concurrently"] = ("这条记录刚被别人修改过，请刷新后重试", "Someone changed that record just now; reload and retry"),
        ["proposed-by.required"] = ("请填写推荐人", "Say who proposes it"),
        ["credit-code.length"] = ("统一社会信用代码应为18位", "A credit code has 18 characters"),
        ["credit-code.characters"] = ("统一社会信用代码含有不允许的字符", "The credit code has characters it may not have"),
        ["credit-code.check-character"] = ("统一社会信用代码校验位不对", "The credit code's check character is wrong"),
        ["credit-code.division"] = ("统一社会信用代码的行政区划码不对", "The credit code's division is wrong"),
        ["credit-code.authority-category"] = ("统一社会信用代码的登记机关类别不对", "The credit code's authority category is wrong"),
        ["project.withdrawn"] = ("项目已撤销，不能再变更", "The project was withdrawn and takes no further change"),
        ["number.out-of-range"] = ("数值超出允许范围", "The number is out of range"),
        ["number.too-precise"] = ("小数位数太多", "The number has too many decimals"),
        ["database.unavailable"] = ("平台数据库暂时不可用，请稍后再试", "The platform's database is unavailable; try again shortly"),
        ["list.unknown"] = ("没有这个清单", "No such list"),
        ["year.out-of-range"] = ("年份超出范围", "The year is out of range"),
        ["page.out-of-range"] = ("没有这一页", "No such page"),
        ["request.field-missing"] = ("有必填项没有填写", "A required field is missing"),
        ["request.too-large"] = ("文件太大（上限 2 MiB），请分批报送", "The file is too large (2 MiB); send it in parts"),
        ["idempotency-key.in-progress"] = ("上一次提交还在处理中，请稍候", "The previous submission is still running"),
    };

    public static string For(string rule, Labels labels) =>
        Words.TryGetValue(rule, out var words) ? labels[words.Zh, words.En] : rule;
}
