import type { CategoryConfig } from '../category-config.js';
import { terms } from './terms.js';

export const economics: CategoryConfig = {
  name: 'economics',
  description:
    'Economics: supply and demand, markets and prices, microeconomics, macroeconomics, GDP, inflation, ' +
    'unemployment, monetary and fiscal policy, central banks, interest rates, international trade, econometrics.',
  examples: [
    'What happens to the equilibrium price when demand increases and supply stays the same?',
    'Explain inflation and what causes it.',
    'How does the Federal Reserve use interest rates to control inflation?',
    'What is the difference between GDP and GNP?',
    'Why do economists say minimum wage laws can cause unemployment?',
    'What is price elasticity of demand? How do I calculate it?',
    'Explain comparative advantage with a two-country example.',
    'What is a recession and how is it officially defined?',
    'How do tariffs affect consumers and domestic producers?',
    'What is the multiplier effect of government spending?',
    'Explain the difference between monetary policy and fiscal policy.',
    'What is opportunity cost?',
    'Why does a monopoly produce less and charge more than a competitive market?',
    'What is the Phillips curve and does it still hold?',
    'How is the unemployment rate calculated?',
    'What is quantitative easing?',
    'If the marginal propensity to consume is 0.8, what is the spending multiplier?',
    'What is a Nash equilibrium in a duopoly?',
    'Explain diminishing marginal utility.',
    'Why do countries run trade deficits?',
    'What is the difference between nominal and real GDP?',
    'How do exchange rates affect exports?',
    'What are externalities and how can a Pigouvian tax fix them?',
    'What does the law of supply say?',
    'Explain the concept of deadweight loss from a price ceiling.',
    'What is stagflation and what happened in the 1970s?',
    'How do banks create money through fractional reserve lending?',
    'What is the difference between Keynesian and classical economics?',
    'Why is the Gini coefficient used to measure inequality?',
    'What are public goods and the free rider problem?',
    'How does a budget deficit differ from the national debt?',
    'In a perfectly competitive market, what happens to economic profit in the long run?',
    'What does an OLS regression coefficient mean in an econometric model?',
    'What is purchasing power parity?',
    'Why did housing prices rise so fast after interest rates were cut?',
    'What is the consumer price index and how is it built?',
    'Explain marginal cost and marginal revenue and profit maximization.',
    'How do subsidies affect market equilibrium?',
    'What is moral hazard?',
    'How does aggregate demand and aggregate supply determine output?',
    'What is the tragedy of the commons?',
    'Why do economists care about productivity growth?',
    'What is behavioral economics and how does it differ from the rational agent model?',
    'Explain the difference between a progressive and a regressive tax.',
    'What are the effects of a currency devaluation on the trade balance?',
    'What is a Laffer curve?',
    'How do central banks set the money supply?',
    'What is consumer surplus and producer surplus?',
    'Why does hyperinflation happen? Think Zimbabwe or Weimar Germany.',
    'What is the difference between a market economy and a command economy?',
  ],
  keywords: terms(`
    economics, economy, economic, economist, economists, supply, demand, supply and demand, market equilibrium,
    equilibrium price, price ceiling, price floor, elasticity, price elasticity, microeconomics,
    macroeconomics, gdp, gnp, gross domestic product, real gdp, nominal gdp, inflation, deflation, disinflation,
    stagflation, hyperinflation, cpi, consumer price index, unemployment, unemployment rate, labor market,
    wages, minimum wage, monetary policy, fiscal policy, central bank, federal reserve, fed, ecb, interest
    rate, interest rates, money supply, quantitative easing, fractional reserve, reserve requirement,
    government spending, taxation, tax policy, budget deficit, national debt, multiplier, marginal propensity
    to consume, aggregate demand, aggregate supply, business cycle, recession, depression, growth rate,
    productivity, keynesian, keynes, classical economics, monetarism, friedman, adam smith, invisible hand,
    opportunity cost, scarcity, marginal cost, marginal revenue, marginal utility, utility, consumer surplus,
    producer surplus, deadweight loss, perfect competition, monopoly, oligopoly, monopolistic competition,
    cartel, game theory, nash equilibrium, externality, externalities, public good, free rider, tragedy of the
    commons, pigouvian tax, subsidy, subsidies, tariff, tariffs, quota, international trade, comparative
    advantage, absolute advantage, trade deficit, balance of payments, current account, exchange rate,
    currency, devaluation, purchasing power parity, gini coefficient, inequality, poverty rate, welfare
    economics, behavioral economics, rational choice, incentives, moral hazard, adverse selection,
    asymmetric information, econometrics, regression analysis, time series, elasticity estimate, phillips
    curve, laffer curve, is-lm, solow model, capital accumulation, labor force, consumption, savings rate,
    investment spending, housing market, bond yields, financial crisis, price level, purchasing power,
    market economy, command economy, socialism economics, capitalism, economic policy, cost-benefit,
    tax incidence, price floor surplus, price ceiling shortage, rent control, black market, rationing, elastic demand,
    inelastic demand, unit elastic, cross-price elasticity, income elasticity, substitutes, complements, normal good,
    inferior good, giffen good, veblen good, demand curve, supply curve, shift in demand, movement along, determinants of
    demand, consumer choice, budget constraint, indifference curve, marginal rate of substitution, utility maximization,
    production function, diminishing returns, returns to scale, economies of scale, diseconomies of scale, short run,
    long run, average total cost, average variable cost, shutdown point, break-even price, economic profit, accounting
    profit, normal profit, explicit cost, implicit cost, sunk cost economics, market structure, barriers to entry,
    natural monopoly, price discrimination, price maker, price taker, allocative efficiency, productive efficiency, pareto
    efficiency, market failure, government failure, regulation economics, antitrust, competition policy, monopsony,
    labor demand, labor supply, wage rate, human capital, unions economics, collective bargaining economics, income
    distribution, lorenz curve, poverty line, welfare state, transfer payments, social security economics, universal
    basic income, negative income tax, progressive tax, regressive tax, proportional tax, flat tax, marginal tax rate,
    tax revenue, tax cuts, deficit spending, fiscal stimulus, austerity, automatic stabilizers, crowding out, ricardian
    equivalence, government debt, debt-to-gdp, sovereign debt, bond market, treasury yields, yield curve, inverted yield
    curve, interest rate policy, policy rate, federal funds rate, discount rate, open market operations, reserve ratio,
    money creation, money multiplier, m1, m2, velocity of money, quantity theory of money, mv = pq, liquidity trap, zero
    lower bound, negative interest rates, forward guidance, inflation targeting, taylor rule, central bank independence,
    price stability, inflation rate, core inflation, headline inflation, gdp deflator, cost-push inflation, demand-pull
    inflation, wage-price spiral, expectations, adaptive expectations, rational expectations, natural rate of
    unemployment, nairu, frictional unemployment, structural unemployment, cyclical unemployment, labor force
    participation, employment rate, output gap, potential output, real gdp growth, per capita income, gdp per capita,
    standard of living, economic growth theory, solow growth model, steady state, technological progress, total factor
    productivity, endogenous growth, development economics, developing countries, emerging markets, foreign aid,
    remittances, microfinance, poverty trap, industrialization economics, aggregate expenditure, consumption function,
    marginal propensity to save, investment demand, keynesian cross, multiplier effect, paradox of thrift, is curve, lm
    curve, ad-as model, short-run aggregate supply, long-run aggregate supply, supply shock, demand shock, oil shock,
    stagflation 1970s, great recession, 2008 financial crisis, subprime, bank run, financial contagion, bailout, lender of
    last resort, moral hazard banking, too big to fail, business cycles, expansion, contraction, trough, peak, leading
    indicators, recession indicators, consumer confidence, housing prices and interest rates, mortgage rates economics,
    asset bubble, speculation, efficient market hypothesis, international economics, trade policy, protectionism, free
    trade, free trade agreement, nafta, wto, trade war, tariffs on imports, import quota, dumping, exports, imports, net
    exports, trade balance, current account deficit, capital account, balance of trade, exchange rate regime, fixed
    exchange rate, floating exchange rate, currency peg, appreciation, depreciation currency, forex market, purchasing
    power parity, big mac index, real exchange rate, interest rate parity, currency crisis, euro area, monetary union,
    optimal currency area, globalization, comparative advantage example, opportunity cost example, production
    possibilities frontier, ppf, trade-off, specialization, division of labor, economic systems, mixed economy,
    planned economy, free market, laissez-faire, marxist economics, austrian economics, chicago school, keynesian
    economics, new classical, monetarist, supply-side economics, trickle-down, behavioral economics nudges, bounded
    rationality, prospect theory, mental accounting, game theory economics, prisoner's dilemma, dominant strategy,
    oligopoly pricing, collusion, kinked demand, cournot, bertrand, stackelberg, auction theory, mechanism design,
    information economics, signaling, screening, principal-agent problem, rent seeking, public choice, externality
    examples, pollution tax, carbon tax, cap and trade, coase theorem, property rights economics, common resources,
    public goods examples, non-excludable, non-rival, cost-benefit analysis, welfare loss, consumer welfare, economic
    surplus, tax wedge, elasticity and tax revenue, subsidy effects, minimum wage effects, price controls, healthcare
    economics, education economics, environmental economics, labor economics, urban economics, health economics,
    econometrics, ols, instrumental variables, endogeneity, omitted variable bias, heteroskedasticity, autocorrelation,
    panel data, difference-in-differences, regression discontinuity, causal inference economics, time series economics,
    stationarity, unit root, cointegration, forecasting gdp, economic indicators, economic data, unemployment claims,
    jobs report, cpi report, aging population economics, demographic dividend, pension systems, gas prices, oil prices,
    commodity prices, food prices, cost of living, wage growth, real wages, purchasing power loss, printing money,
    hyperinflation examples, weimar hyperinflation, zimbabwe inflation, economist's view, macro, micro
  `),
};
