"""Known errors in the five real seed reports (regression table for the checks).

Every row is a tuple
    (id, seed_file_name, start, end, text, kind, severity, note)
where ``start``/``end`` are character offsets into the seed text decoded with
``open(path, encoding="utf-8-sig").read()`` (seeds live in ``shared/seeds``),
and ``text == source[start:end]`` is the WRONG figure as written.

kind is one of: unit, count_unit, sum, balance, change, budget_rate,
conflict, digit.  severity is "error" when the arithmetic proves the
inconsistency and points at this figure, "warning" when the inconsistency is
only likely or it is unclear which figure of the pair is wrong.

Abbreviations in ids/notes: emp_med = employee basic medical insurance,
res_med = urban-rural resident medical, res_pen = resident pension,
inst_pen = government/institution pension, ent_pen = enterprise pension.

Deliberately NOT listed (checked, judged consistent or explained):
  * seed 002 (all sums, balances and benefit splits agree);
  * seed 003 fund totals that exclude the remittance-to-higher-level item
    (ent_pen 240619, unemployment 10265): a consistent convention;
  * seed 004 fund balances vs income - expenditure: the totals are stated
    to exclude remittances/allocations (explained gap);
  * rates truncated by less than 0.01 point (seed 001: 103.29% for
    103.298, 103.22% for 103.226) and 0.01 rounding differences in tables
    (seed 001: 68770.25 vs 68770.26).
"""

SEED_ERRORS = [
    # ---- 000: Xinjiang region-level employee medical insurance 2020 ----
    ("emp_med_exp_total_yi", "000_5a82b5eddda870d2.txt", 1819, 1828,
     "246656 亿元", "unit", "error",
     "2020 total expenditure is 246656 万元 in the table and prose (budget "
     "section too); 亿 written for 万"),
    ("emp_med_contrib_decrease_digit", "000_5a82b5eddda870d2.txt", 960, 967,
     "6553 万元", "digit", "error",
     "contribution income 348610 -> 336057 = -12553 (table: -12553, -3.60%); "
     "prose drops the leading 1"),
    ("emp_med_acc_balance_rollover", "000_5a82b5eddda870d2.txt", 790, 796,
     "560783", "balance", "warning",
     "2019 accumulated 560783 + 2020 balance 101177 = 661960, but 2020 "
     "accumulated is 709003 (= assets 767106 - liabilities 58103); gap 47043, "
     "possibly maternity fund merged in 2020 (unexplained)"),
    ("emp_med_contrib_split_change", "000_5a82b5eddda870d2.txt", 1059, 1066,
     "6754 万元", "sum", "warning",
     "pooled change -19607 + personal-account change +6754 = -12853, but "
     "contribution change is -12553 (348610 -> 336057); also 6754/143450 = "
     "4.71%, stated 4.72%"),
    ("emp_med_exp_split_sum", "000_5a82b5eddda870d2.txt", 1472, 1481,
     "136444 万元", "sum", "warning",
     "split of total expenditure 246656: 136444 + 106530 = 242974 (only "
     "medical benefits), while implied 2019 split 150719 + 118027 = 268746 "
     "equals 2019 total; split changes -14275 - 11497 = -25772 vs total "
     "change -22091"),

    # ---- 001: Kashgar city, four reports, 2020 ----
    ("res_pen_budget_table_conflict", "001_409ac94866773786.txt", 2634, 2641,
     "6061.54", "conflict", "error",
     "self-evaluation table gives budget 6061.54 万元 (= actual); prose "
     "budget expenditure is 5835.88 万元 and 6061.54/5835.88 = 103.87% as "
     "stated"),
    ("inst_pen_total_exp_conflict", "001_409ac94866773786.txt", 4064, 4072,
     "39921.49", "conflict", "warning",
     "2020 total expenditure stated 40004.49 万元 in section one (items sum "
     "40004.50); 39921.49 differs by exactly the 83 万元 remittance to "
     "higher level, basis not stated"),
    ("inst_pen_benefit_increase_yi", "001_409ac94866773786.txt", 4927, 4936,
     "3065.15亿元", "unit", "error",
     "benefit increase 3065.15 万元 stated two sentences later; "
     "3065.15/(39893.68-3065.15) = 8.32% as stated; 亿 for 万"),
    ("inst_pen_budget_table_conflict", "001_409ac94866773786.txt", 5747, 5755,
     "39921.49", "conflict", "error",
     "table budget 39921.49 万元 (= actual); prose budget expenditure "
     "38646.81 万元 with completion 103.29%"),
    ("res_med_budget_prose_conflict", "001_409ac94866773786.txt", 6716, 6724,
     "68770.26", "conflict", "error",
     "2020 budget expenditure given as 68770.26 万元 (the actual), but the "
     "budget is 40189.92 万元 in section two and the table "
     "(68770.26/40189.92 = 171.11% as stated)"),
    ("res_med_exp_increase", "001_409ac94866773786.txt", 7188, 7198,
     "7031.72 万元", "change", "error",
     "actual 68770.26 - 2019 33158.20 = 35612.06; 7031.72 is budget "
     "40189.92 - 33158.20"),
    ("res_med_exp_rate", "001_409ac94866773786.txt", 7203, 7209,
     "21.20%", "change", "error",
     "35612.06/33158.20 = 107.40%; 21.20% follows the wrong increase "
     "7031.72 (budget-based)"),
    ("res_med_contrib_std_rate", "001_409ac94866773786.txt", 7275, 7281,
     "14.29%", "change", "error",
     "individual contribution 280 yuan, up 40 from 240: 40/240 = 16.67%; "
     "14.29% = 40/280 (divided by this year)"),
    ("res_med_benefit_budget_digit", "001_409ac94866773786.txt", 9533, 9543,
     "30189.92万元", "digit", "warning",
     "budget is 40189.92 万元 elsewhere (prose and table header); first "
     "digit 4 -> 3"),
    ("res_med_exec_rate_table", "001_409ac94866773786.txt", 9589, 9592,
     "61%", "budget_rate", "error",
     "execution 68770.25/40189.92 = 171.1% (prose 171.11%); benefits "
     "20462.29/40189.92 = 50.9%; neither gives 61%"),
    ("emp_med_budget_table_conflict", "001_409ac94866773786.txt", 12546, 12554,
     "43256.94", "conflict", "error",
     "table budget 43256.94 万元; prose and table row give budget 47866.54 "
     "万元 (24781.69 + 23084.84)"),
    ("emp_med_exec_table_conflict", "001_409ac94866773786.txt", 12560, 12568,
     "68770.25", "conflict", "error",
     "employee fund 2020 expenditure is 94624.80 万元 (prose and table row); "
     "68770.25 is the resident medical fund's figure"),
    ("emp_med_visits_digit", "001_409ac94866773786.txt", 13058, 13066,
     "8.996万人次", "digit", "warning",
     "prose gives 8996 人次 (= 0.8996 万); 8.996 万 = 89960, a digit 0 "
     "added / decimal shifted"),
    ("emp_med_exec_rate_table", "001_409ac94866773786.txt", 13143, 13146,
     "61%", "budget_rate", "error",
     "execution 94624.80/47866.54 = 197.7% (prose 197%); 61% copied from "
     "the resident fund table"),
    ("emp_med_budget_rate_trunc", "001_409ac94866773786.txt", 11257, 11261,
     "197%", "budget_rate", "warning",
     "94624.80/47866.54 = 197.68%, rounds to 198%; truncated"),

    # ---- 003: Bayingolin prefecture, all funds, 2019 ----
    ("all_budget_balance", "003_51fc0cc70557c26a.txt", 622, 631,
     "251866 万元", "balance", "error",
     "budget income 704987 - budget expenditure 687074 = 17913, not 251866"),
    ("all_balance_fund_sum", "003_51fc0cc70557c26a.txt", 1457, 1465,
     "71486 万元", "sum", "error",
     "fund balances 26001+9316+3224+40206+201-5486+2004-5794 = 69672, "
     "not 71486 (gap 1814; fund expenditures sum to 681854 and accumulated "
     "to 708756 exactly); res_med 201 may be 2015 with a digit dropped"),
    ("inst_pen_retirees_target_digit", "003_51fc0cc70557c26a.txt", 1235, 1243,
     "279666 人", "digit", "error",
     "target stated 27966 in the table; actual 27807 called below target; "
     "extra digit 6"),
    ("emp_med_benefit_sum", "003_51fc0cc70557c26a.txt", 2506, 2514,
     "133283万元", "sum", "error",
     "133283 + other 656 + transfer 434 = 134373 > fund total 133473 (total "
     "confirmed: eight fund totals sum to 681854); likely 132383 with two "
     "digits swapped"),
    ("res_med_monthly_exp", "003_51fc0cc70557c26a.txt", 2980, 2987,
     "6283 万元", "digit", "warning",
     "every other fund's monthly figure = annual expenditure/12; "
     "76594/12 = 6383, one digit differs"),
    ("unemp_budget_rate_conflict", "003_51fc0cc70557c26a.txt", 3278, 3281,
     "90%", "conflict", "warning",
     "unemployment budget completion given as 88.51% three times "
     "(summary, table, notes); 88.51 rounds to 89, not 90"),
    ("injury_budget_rate_conflict", "003_51fc0cc70557c26a.txt", 4816, 4823,
     "152.95%", "conflict", "warning",
     "fund section: injury expenditure 12343 completes 105%, benefits 9957 "
     "complete 107% (budget ~9306); 152.95% implies total budget ~8070 < "
     "benefit budget; repeated at 5137, 8500, 9167"),

    # ---- 004: Xinjiang region level, all funds, 2020 ----
    ("injury_benefit_budget_yuan", "004_5fdf6923caa991cf.txt", 1219, 1225,
     "6803 元", "unit", "error",
     "budget part of 6926 万元; benefit budgets 1263157+67786+487650+6803"
     "+194 = 1825590 and 1750128/1825590 = 95.87% as stated; 元 for 万元"),
    ("inst_pen_contrib_increase", "004_5fdf6923caa991cf.txt", 2382, 2391,
     "690760 万元", "change", "error",
     "increase exceeds the level 240470; +40% implies ~68700; "
     "69076/(240470-69076) = 40.3%, so a 0 was added"),
    ("ent_pen_basic_pension_conflict", "004_5fdf6923caa991cf.txt", 1865, 1875,
     "1217293 万元", "conflict", "warning",
     "basic pension stated 1217295 万元 twice later (+29717, 2.50%, "
     "96.37% of 1263157)"),
    ("inst_pen_retirees_increase_ren", "004_5fdf6923caa991cf.txt", 4489, 4494,
     "0.9 人", "count_unit", "error",
     "6.46 万 - 5.56 万 = 0.9 万人; 0.9/5.56 = 16.19% as stated; 人 for 万人"),
]
