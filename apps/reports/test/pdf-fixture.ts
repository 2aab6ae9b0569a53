/**
 * A hand-built extraction (invented text, not the sample page) for the benchmark, the preview script and the
 * PDF tests: one park with its own figures, a company, an industry and a sub-area, two articles.
 */
import { IssueExtractionSchema, type IssueExtraction } from '@parkbrief/domain';

export const FIXTURE_PARK_ID = 'xuzhou-gaoxinqu';
export const FIXTURE_EMPTY_PARK_ID = 'quzhouzhizao-xincheng';

const ISSUE_ID = '2024-07-22-0123456789abcdef';

export const ARTICLE_1_TEXT = [
  '本报讯 今年上半年，徐州高新区实现规模以上工业总产值238.6亿元，同比增长18.3%，增速高于全市平均水平3.6个百分点。高新技术产业投资同比增长25.1%，外贸进出口额达到56.2亿元，同比下降3.4%，占全市进出口总额的12.5%。',
  '园区内企业徐工集团实现营业收入1,000亿元，同比增长9.8%；新能源产业链产值增长40%。“十四五”以来，园区坚持创新驱动（GDP年均增长8%），持续优化营商环境，累计引进高层次人才团队120个。',
  '安全科技产业园一期已建成标准厂房12.6万平方米，入驻企业46家。园区负责人表示，下半年将继续聚焦智能制造、安全应急和生物医药三大主导产业，力争全年一般公共预算收入突破30亿元。',
].join('\n');

export const ARTICLE_2_TEXT = [
  '7月18日，徐州高新区举行重大项目集中签约活动，共签约项目23个，协议总投资约186亿元，涵盖新能源汽车零部件、工业互联网平台和储能装备等领域。',
  '签约仪式上，江苏某储能科技有限公司与园区签订年产5GW储能电池项目协议。该项目计划于明年投产，达产后预计年销售收入超50亿元。',
].join('\n');

function evidence(sentence: string, text: string) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`evidence not in text: ${sentence}`);
  return { text: sentence, start, end: start + sentence.length };
}

/** The fixture extraction, parsed by the domain schema. */
export function fixtureExtraction(): IssueExtraction {
  const park = (kind: 'park' | 'company' | 'industry' | 'region', name: string | null) => ({
    kind,
    parkId: FIXTURE_PARK_ID,
    name,
  });
  const half = { label: '上半年', start: '2024-01', end: '2024-06' };
  return IssueExtractionSchema.parse({
    issue: {
      id: ISSUE_ID,
      publication: '科技园区周刊',
      date: '2024-07-22',
      edition: '第3版 园区',
      pageCount: 8,
    },
    parks: [
      {
        id: FIXTURE_PARK_ID,
        name: '徐州高新技术产业开发区',
        shortName: '徐州高新区',
        aliases: ['徐州国家高新区'],
        province: '江苏省',
        city: '徐州市',
        level: 'national',
        registered: true,
      },
      {
        id: FIXTURE_EMPTY_PARK_ID,
        name: '衢州智造新城',
        shortName: '衢州智造新城',
        aliases: [],
        province: '浙江省',
        city: '衢州市',
        level: 'other',
        registered: false,
      },
    ],
    articles: [
      {
        id: `${ISSUE_ID}.p3.1`,
        issueId: ISSUE_ID,
        page: 3,
        headline: '徐州高新区上半年经济稳中有进',
        kicker: '创新驱动 动能强劲',
        byline: ['张三', '李四'],
        kind: 'news',
        text: ARTICLE_1_TEXT,
        parkIds: [FIXTURE_PARK_ID],
        companies: ['徐工集团'],
        photo: { caption: '图为园区内的智能制造车间。', credit: '徐州高新区供图' },
      },
      {
        id: `${ISSUE_ID}.p3.2`,
        issueId: ISSUE_ID,
        page: 3,
        headline: '23个项目集中签约 协议总投资约186亿元',
        kicker: null,
        byline: ['王五'],
        kind: 'news',
        text: ARTICLE_2_TEXT,
        parkIds: [FIXTURE_PARK_ID],
        companies: [],
        photo: null,
      },
      {
        id: `${ISSUE_ID}.p5.1`,
        issueId: ISSUE_ID,
        page: 5,
        headline: '衢州智造新城：以“链”聚势 打造先进制造业高地',
        kicker: null,
        byline: [],
        kind: 'feature',
        text: '衢州智造新城围绕新材料、新能源两大产业，推动产业链上下游协同发展。\n新城负责人介绍，将持续完善配套设施，提升企业服务水平。',
        parkIds: [FIXTURE_EMPTY_PARK_ID],
        companies: [],
        photo: null,
      },
    ],
    indicators: [
      {
        id: 'i-fx',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('park', null),
        metric: 'foreign_trade',
        label: '外贸进出口额',
        value: {
          amount: 56.2,
          text: '56.2亿元',
          unit: '亿元',
          approx: null,
          base: { amount: 5620000000, unit: 'CNY' },
        },
        change: { kind: 'percent', value: -3.4, approx: null, basis: 'yoy', text: '同比下降3.4%' },
        share: { percent: 12.5, of: '全市进出口总额' },
        comparison: null,
        period: half,
        evidence: evidence(
          '外贸进出口额达到56.2亿元，同比下降3.4%，占全市进出口总额的12.5%。',
          ARTICLE_1_TEXT,
        ),
      },
      {
        id: 'i-output',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('park', null),
        metric: 'industrial_output_above_scale',
        label: '规模以上工业总产值',
        value: {
          amount: 238.6,
          text: '238.6亿元',
          unit: '亿元',
          approx: null,
          base: { amount: 23860000000, unit: 'CNY' },
        },
        change: { kind: 'percent', value: 18.3, approx: null, basis: 'yoy', text: '同比增长18.3%' },
        share: null,
        comparison: {
          against: '全市平均水平',
          kind: 'points',
          value: 3.6,
          text: '高于全市平均水平3.6个百分点',
        },
        period: half,
        evidence: evidence(
          '今年上半年，徐州高新区实现规模以上工业总产值238.6亿元，同比增长18.3%，增速高于全市平均水平3.6个百分点。',
          ARTICLE_1_TEXT,
        ),
      },
      {
        id: 'i-hightech',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('park', null),
        metric: 'high_tech_investment',
        label: '高新技术产业投资',
        value: null,
        change: { kind: 'percent', value: 25.1, approx: null, basis: 'yoy', text: '同比增长25.1%' },
        share: null,
        comparison: null,
        period: half,
        evidence: evidence('高新技术产业投资同比增长25.1%，', ARTICLE_1_TEXT),
      },
      {
        id: 'i-fiscal',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('park', null),
        metric: 'fiscal_revenue',
        label: '一般公共预算收入（全年目标）',
        value: {
          amount: 30,
          text: '突破30亿元',
          unit: '亿元',
          approx: 'over',
          base: { amount: 3000000000, unit: 'CNY' },
        },
        change: null,
        share: null,
        comparison: null,
        period: { label: '全年', start: '2024-01', end: '2024-12' },
        evidence: evidence('力争全年一般公共预算收入突破30亿元。', ARTICLE_1_TEXT),
      },
      {
        id: 'i-contract',
        articleId: `${ISSUE_ID}.p3.2`,
        subject: park('park', null),
        metric: 'contracted_investment',
        label: '协议总投资',
        value: {
          amount: 186,
          text: '约186亿元',
          unit: '亿元',
          approx: 'about',
          base: { amount: 18600000000, unit: 'CNY' },
        },
        change: null,
        share: null,
        comparison: null,
        period: { label: '7月18日', start: '2024-07', end: '2024-07' },
        evidence: evidence('共签约项目23个，协议总投资约186亿元，', ARTICLE_2_TEXT),
      },
      {
        id: 'i-xcmg',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('company', '徐工集团'),
        metric: 'operating_revenue',
        label: '营业收入',
        value: {
          amount: 1000,
          text: '1,000亿元',
          unit: '亿元',
          approx: null,
          base: { amount: 100000000000, unit: 'CNY' },
        },
        change: { kind: 'percent', value: 9.8, approx: null, basis: 'yoy', text: '同比增长9.8%' },
        share: null,
        comparison: null,
        period: half,
        evidence: evidence('园区内企业徐工集团实现营业收入1,000亿元，同比增长9.8%；', ARTICLE_1_TEXT),
      },
      {
        id: 'i-newenergy',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('industry', '新能源产业链'),
        metric: 'output_value',
        label: '产值',
        value: null,
        change: { kind: 'percent', value: 40, approx: null, basis: null, text: '增长40%' },
        share: null,
        comparison: null,
        period: half,
        evidence: evidence('新能源产业链产值增长40%。', ARTICLE_1_TEXT),
      },
      {
        id: 'i-safety-area',
        articleId: `${ISSUE_ID}.p3.1`,
        subject: park('region', '安全科技产业园'),
        metric: 'area',
        label: '标准厂房面积',
        value: {
          amount: 12.6,
          text: '12.6万平方米',
          unit: '万平方米',
          approx: null,
          base: { amount: 126000, unit: 'm2' },
        },
        change: null,
        share: null,
        comparison: null,
        period: null,
        evidence: evidence('安全科技产业园一期已建成标准厂房12.6万平方米，', ARTICLE_1_TEXT),
      },
      {
        id: 'i-storage',
        articleId: `${ISSUE_ID}.p3.2`,
        subject: park('company', '江苏某储能科技有限公司'),
        metric: 'capacity',
        label: '年产能',
        value: { amount: 5, text: '5GW', unit: 'GW', approx: null, base: { amount: 5000000000, unit: 'W' } },
        change: null,
        share: null,
        comparison: null,
        period: null,
        evidence: evidence('签订年产5GW储能电池项目协议。', ARTICLE_2_TEXT),
      },
    ],
  });
}
