"""Economic indicators: the figures reports and news open with (地区生产总值2091.5亿元，
同比增长5.1%，总量居全省第一) as RDF Data Cube observations by area, measure and period.

The stage after facts (kg/pipeline.py). Its modules follow the seams of
kg/data/indicators.toml: rules (the data compiled), numbers (Arabic and
Chinese numerals, with cn2an), periods (year, half, quarter, months, spans),
figures (a sentence's measures with their amounts, growth rates and ranks),
extract (area, period, result or target: observations) and rdf (N-Triples).
Reading them back from a store, with conflicts flagged and charts, is
kg/indicators/table.py and chart.py (`kg indicators`).

    >>> from kg.indicators import read_figures
    >>> [(f.measure.zh, f.kind, f.value_text) for f in read_figures("社会消费品零售总额614.36亿元,增长20.7%")]
    [('社会消费品零售总额', 'amount', '61436000000'), ('社会消费品零售总额', 'growthRate', '20.7')]
"""
from __future__ import annotations

from .extract import Observation, document_year, extract_indicators
from .figures import Figure, read_figures
from .periods import Period
from .rules import IndicatorRules, load_indicator_rules

__all__ = ["Observation", "Figure", "Period", "IndicatorRules", "extract_indicators", "read_figures",
           "load_indicator_rules", "document_year"]
