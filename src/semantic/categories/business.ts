import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const business: CategoryConfig = {
  name: 'business',
  description:
    'Business: management and strategy, marketing and sales, accounting and bookkeeping, corporate finance, ' +
    'entrepreneurship and startups, operations, human resources, business ethics, pricing and negotiations.',
  examples: [
    'How do I write a business plan for a small coffee shop?',
    'What is the difference between gross margin and net profit?',
    'Help me draft a marketing strategy for launching a new mobile app.',
    'How should I price my freelance design services?',
    'What are the four Ps of marketing?',
    'Explain the difference between a balance sheet and an income statement.',
    'How do I calculate the break-even point for my product?',
    'What is a SWOT analysis? Do one for an online bookstore.',
    'How can I improve employee retention at a 50-person company?',
    'What is depreciation and how is straight-line depreciation recorded?',
    'Should my startup raise venture capital or bootstrap?',
    'Write a cold email to a potential B2B client.',
    'What are the key performance indicators for an e-commerce store?',
    'How do I calculate return on investment for a marketing campaign?',
    'Explain Porter\'s five forces with an example from the airline industry.',
    'What is the difference between an LLC and a corporation?',
    'A company has current assets of $200,000 and current liabilities of $80,000. What is its current ratio?',
    'How do I handle a difficult negotiation with a supplier?',
    'What is working capital and why does it matter to a business?',
    'Give me ideas for a customer loyalty program for a bakery.',
    'How do I run an effective performance review?',
    'What is the journal entry for paying rent in advance?',
    'How do franchises work and what are the fees involved?',
    'What is supply chain management?',
    'How should a manager deliver negative feedback?',
    'What is the difference between leadership and management?',
    'Is it ethical for a company to use customer data for targeted ads?',
    'How do I forecast sales for next quarter?',
    'What is a unique selling proposition?',
    'How do I calculate customer lifetime value and acquisition cost?',
    'What goes into a pitch deck for investors?',
    'Explain accounts receivable and accounts payable.',
    'How do I set OKRs for my sales team?',
    'What is the difference between FIFO and LIFO inventory valuation?',
    'How can a small business compete with Amazon on price?',
    'What is corporate social responsibility?',
    'How do I segment my customers for a marketing campaign?',
    'What are the pros and cons of remote work for a company?',
    'What is net present value and how do I use it to choose between projects?',
    'How do I write a job description for a product manager role?',
    'Explain the concept of a value chain.',
    'What is a cash flow statement used for?',
    'How do I respond to a negative online review of my restaurant?',
    'What is lean management and the idea of eliminating waste?',
    'How should a startup split equity among co-founders?',
    'What are common mistakes in a first year of running a business?',
    'A firm sells 1,000 units at $50 each with variable costs of $30 per unit and fixed costs of $15,000. What is the profit?',
    'How do I build a brand identity for a new clothing line?',
    'What is the role of an audit in corporate governance?',
    'How do I onboard new hires efficiently?',
  ],
  keywords: terms(`
    business, businesses, company, companies, firm, corporation, corporate, startup, startups, entrepreneur,
    entrepreneurship, small business, founder, co-founder, ceo, manager, management, leadership, strategy,
    strategic, competitive advantage, porter, swot, business plan, business model, revenue, sales, selling,
    customer, customers, client, clients, marketing, brand, branding, advertising, campaign, social media
    marketing, seo, market research, segmentation, target market, positioning, pricing, price strategy,
    product launch, four ps, marketing mix, promotion, distribution channel, retail, e-commerce, ecommerce,
    store, shop, restaurant, franchise, supplier, vendor, procurement, supply chain, logistics, inventory,
    operations, lean, six sigma, quality management, project management, stakeholder, accounting,
    accountant, bookkeeping, ledger, journal entry, debit, credit, balance sheet, income statement, cash flow
    statement, financial statement, assets, liabilities, equity, depreciation, amortization, accounts
    receivable, accounts payable, audit, auditor, gaap, ifrs, profit, margin, gross margin, net income,
    break-even, cost accounting, budget, budgeting, forecast, kpi, okr, roi, return on investment, net present
    value, npv, irr, capital budgeting, working capital, current ratio, valuation, investor, investors,
    venture capital, pitch deck, fundraising, shareholders, dividend policy, merger, acquisition, llc, sole
    proprietorship, partnership, human resources, hr, hiring, recruiting, employee, employees, onboarding,
    performance review, compensation, payroll, retention, team, meeting, negotiation, contract negotiation,
    business ethics, corporate social responsibility, csr, customer service, loyalty program, crm, b2b, b2c,
    saas, subscription, invoice, invoicing, freelance, consulting, proposal, cold email, pitch, office,
    workplace, organizational behavior, organizational structure, product manager, market share,
    markup, gross profit, operating income, ebitda, cost of goods sold, cogs, overhead, fixed costs, variable costs,
    contribution margin, unit economics, pricing model, premium pricing, penetration pricing, discount strategy, promo,
    coupon, upsell, cross-sell, conversion rate, sales funnel, lead generation, leads, prospecting, sales pipeline,
    crm software, salesforce, hubspot, sales quota, commission structure, sales rep, account manager, customer success,
    churn, churn rate, retention rate, net promoter score, nps, customer satisfaction, customer experience, customer
    journey, persona, buyer persona, value proposition, usp, positioning statement, brand identity, brand awareness,
    brand voice, logo design, rebranding, marketing plan, marketing budget, content marketing, email marketing,
    newsletter, influencer marketing, affiliate marketing, paid ads, google ads, facebook ads, ppc, cpc, cpm, ctr, ad
    spend, roas, marketing analytics, a/b test marketing, landing page, copywriting, product description, tagline,
    slogan, press release, public relations, pr crisis, product recall, crisis management, reputation management, online
    reviews, go-to-market, market entry, product-market fit, mvp product, product roadmap, product management, pricing
    page, subscription model, saas metrics, arr, mrr, cac, ltv, payback period, burn rate, runway, seed round, series a,
    angel investor, term sheet, cap table, equity split, vesting, stock options for employees, valuation startup,
    accelerator, incubator, y combinator, pitch to investors, business loan, sba loan, line of credit, bank loan for
    business, cash flow management, accounts, bookkeeping software, quickbooks, chart of accounts, general ledger, trial
    balance, accrual accounting, cash basis, accrued expenses, prepaid expenses, deferred revenue, unearned revenue,
    revenue recognition, matching principle, accounting equation, double-entry, adjusting entries, closing entries,
    financial ratios, liquidity ratio, quick ratio, debt-to-equity, return on equity, roe, roa, inventory turnover,
    days sales outstanding, receivables turnover, asset turnover, profitability ratio, goodwill, intangible assets,
    fixed assets, capital expenditure, capex, opex, straight-line, declining balance, impairment, activity-based costing,
    standard costing, variance analysis, job costing, process costing, managerial accounting, financial accounting,
    cost center, profit center, transfer pricing business, internal controls, sarbanes-oxley, tax deductions for
    business, business taxes, sales tax, vat registration, payroll taxes, 1099, w-2, sole proprietor, partnership
    agreement, s corp, c corp, incorporate, register a business, business license, dba, ein, business insurance,
    franchise fee, franchisor, franchisee, small business owner, family business, retail store, boutique, online store,
    shopify, etsy shop, amazon seller, dropshipping, wholesale, inventory management, stock levels, reorder point, eoq,
    just-in-time, warehouse, fulfillment, shipping costs, vendor management, supplier negotiation, purchasing,
    outsourcing, offshoring, contract manufacturing, operations management, process improvement, kaizen, lean startup,
    agile business, scrum for business, project manager, project plan, gantt chart, milestones, deliverables, stakeholder
    analysis, risk management business, business continuity, change management, organizational culture, company culture,
    employee engagement, employee handbook, hr policy, hiring process, job description, job posting, interview questions
    for candidates, onboarding process, training program, performance management, performance appraisal, feedback to
    employees, difficult conversation with employee, firing an employee, layoffs, severance, employee benefits,
    compensation plan, salary bands, bonus, incentive plan, remote team, hybrid work, team building, leadership style,
    transformational leadership, servant leadership, delegation, motivation of employees, management consulting, mckinsey,
    bcg matrix, growth-share matrix, ansoff matrix, pestle, pest analysis, value chain, core competencies, blue ocean
    strategy, business strategy, competitive strategy, cost leadership, differentiation strategy, niche market,
    diversification, vertical integration, horizontal integration, joint venture, strategic partnership, partnership
    announcement, linkedin post, mission statement, vision statement, corporate values, corporate governance, board of
    directors, shareholders meeting, annual report, investor relations, ethics in business, business ethics case,
    whistleblower, conflict of interest, insider information business, sustainability business, esg, csr report,
    negotiation tactics, batna, deal closing, sales pitch, elevator pitch, customer complaint, customer support
    outsourcing, call center, service level agreement, sla, b2b sales, enterprise sales, procurement process, rfp,
    proposal writing, quote, invoice template, payment terms, net 30, late payments, client retention, customer loyalty,
    rewards program, market research survey, focus group, competitor analysis, competitive analysis, market size, tam,
    business growth, scaling a business, expansion, new location, lease for store, commercial real estate for business,
    restaurant business, coffee shop business, bakery business, consulting business, agency, freelancer rates, pricing
    services, hourly rate, retainer, business email, meeting agenda, presentation to executives, quarterly results,
    revenue growth, profit and loss, p&l, business plan template, executive summary, financial projections, sales
    forecast, budget plan, departmental budget, kpis dashboard
  `),
};
