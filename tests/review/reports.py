"""A short invented report for the review tests: facts, a balance flag and a cause."""

from __future__ import annotations

REPORT = """某市2021年失业保险基金决算说明
一、基金收入情况
2021年失业保险基金收入1200万元，比上年减少150万元，下降11.1%，主要原因是参保人数减少。
二、基金支出情况
基金支出900万元<script>alert("x")</script>，其中&amp;技能提升补贴支出120万元。
三、基金结余情况
本年收支结余200万元，年末滚存结余3400万元。
"""
