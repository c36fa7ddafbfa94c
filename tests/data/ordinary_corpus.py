"""Ordinary business text that redaction must leave exactly as it is: dates and times in many
formats, amounts, order, invoice and ticket ids, versions, ISBNs, coordinates, postal codes,
scores, page ranges, product codes, identifiers of things (UUIDs, hashes). None of it is
personal data; a pattern that changes a line here costs the reader the text it was for.

``ORDINARY`` maps a category to its lines; ``LINES`` is all of them, in order. A UUID, a git
hash or an order number identifies a thing, not a person, so none is redacted. Left out on
purpose, because they are personal data or cannot be told from it by their shape alone: IP
addresses (a dotted quad version such as ``1.2.3.4`` is written as an IP is), bare runs of
ten digits (``4155550132`` may be a phone number), 16-digit numbers that pass Luhn, and
``123-456-7890`` (the North American phone shape)."""

from __future__ import annotations

_DAYS = [(2024, 3, 15), (2023, 12, 1), (1999, 12, 31), (2025, 1, 9), (2024, 11, 30)]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dates() -> list[str]:
    """Each of a few days in the formats people and programs write dates in."""
    out = []
    for y, m, d in _DAYS:
        mon = _MONTHS[m - 1]
        out += [
            f"The contract starts on {y}-{m:02}-{d:02} and renews yearly.",
            f"Invoice date: {m:02}/{d:02}/{y}, payment due in 30 days.",
            f"Lieferdatum: {d:02}.{m:02}.{y}, bitte bestätigen.",
            f"Date de facturation : {d:02}/{m:02}/{y}.",
            f"Deadline {d:02}-{m:02}-{y} (DD-MM-YYYY) for the EU office.",
            f"The old export writes {m:02}-{d:02}-{y} (US order).",
            f"Created at {y}-{m:02}-{d:02}T14:30:00Z by the nightly job.",
            f"Timestamp {y}-{m:02}-{d:02}T14:30:00+01:00 in Paris local time.",
            f"Event logged {y}-{m:02}-{d:02}T09:12:45.123456-05:00.",
            f"{y}-{m:02}-{d:02} 14:30:00.123 UTC: export finished",
            f"[{y}-{m:02}-{d:02} 14:30:00,123] INFO worker started",
            f"The batch ran {y}/{m:02}/{d:02} at 23:59.",
            f"Period {y}.{m:02}.{d:02} to {y + 1}.{m:02}.{d:02} (dot format).",
            f"Compact date {y}{m:02}{d:02} and compact timestamp {y}{m:02}{d:02}T143000Z.",
            f"Meeting on {mon} {d}, {y} at 2:30 PM EST.",
            f"Due {d} {mon} {y}; moved to the week after.",
            f"Next run {y}-{m:02}-{d:02} 02:00:00 +0000",
            f"Dates {y}-{m:02}-{d:02} {y}-{m:02}-{d:02} were both booked.",
            f"Dates {y}-{m:02}-{d:02}, {y + 1}-{m:02}-{d:02} and {y + 2}-{m:02}-{d:02}.",
            f"Short US date {m}/{d}/{str(y)[2:]} and short EU date {d}.{m}.{str(y)[2:]}",
            f"Two-digit years: {m:02}-{d:02}-{str(y)[2:]} and {d:02}.{m:02}.{str(y)[2:]}.",
        ]
    return out


def _amounts() -> list[str]:
    """Prices and quantities with thousands separators of several countries."""
    out = []
    for whole, cents in ((1234, 56), (1234567, 89), (12500000, 0), (987654321, 10)):
        us = f"{whole:,}"
        eu = us.replace(",", ".")
        fr = us.replace(",", " ")
        ch = us.replace(",", "'")
        out += [
            f"Total: ${us}.{cents:02} including tax.",
            f"Betrag: {eu},{cents:02} €",
            f"Montant : {fr},{cents:02} €",
            f"Revenue was USD {us}.{cents:02} in Q4.",
            f"CHF {ch}.{cents:02} per year",
            f"{fr} units shipped this quarter.",
        ]
    return out


ORDINARY: dict[str, list[str]] = {
    "dates": _dates() + [
        "Reporting period 2024-01-01 to 2024-03-31.",
        "Reporting period 2024-01-01 - 2024-03-31.",
        "Reporting period 2024-01-01–2024-03-31.",
        "Dates 2024-03-15/2024-03-22 are blocked.",
        "Quarter 2024-Q1; week 2024-W11; ordinal date 2024-075.",
        "Fri, 15 Mar 2024 14:30:00 GMT is the Last-Modified header.",
        "FY2024-25 budget approved; FY 2023-24 closed.",
        "Fiscal year 2023-2024 results were published.",
        "Valid from 01.04.2024 bis 31.03.2025.",
        "Valid 01.04.2024 - 31.03.2025 inclusive.",
        "Version history covers 2019-2024.",
        "Japanese date 2024年3月15日, Chinese 2024年03月15日.",
        "Epoch 1710513000 seconds; in milliseconds 1710513000123.",
        "Unix time in microseconds: 1710513000123456.",
        "SLA 99.95% measured 2024-03-01 00:00 to 2024-03-31 23:59.",
        "Backup 2024-03-15_0230.tar.gz and 2024-03-15-0230.log",
        "Build 20240315.1 from 2024-03-15, build 20240315.12 the day after.",
    ],
    "times": [
        "Office hours 09:00-17:30, Mon-Fri.",
        "Shift 22:00–06:00 on weekends.",
        "Call scheduled 14:30-15:15 CET.",
        "Timer: 00:03:27.450",
        "Uptime 12d 04:32:10, load 0.42 0.37 0.35",
        "Duration PT1H30M, or 1h 30m.",
        "Cron 0 2 * * 1-5 runs weekdays at 02:00.",
        "at 12:30:45 today, and again at 12:30:45.250",
        "Lap times 1:23.456, 1:22.987 and 1:24.001.",
        "Opening hours: Mon-Fri 9-17, Sat 10-14.",
        "The webinar runs 2:30-3:45 pm PT.",
        "Latency p50 12.3 ms, p99 187.6 ms over 1,000,000 calls.",
    ],
    "amounts": _amounts() + [
        "Price ¥120,000 per unit, £1,299.99 in the UK.",
        "Budget 2,500,000 - 3,000,000 EUR.",
        "Range: 100-200 units, 10–20 % off.",
        "Unit price 4.99, 10 units @ 4.99 each = 49.90",
        "Buy 3 @ 12.50 and save; meet @ 10.30 to sign.",
        "Discount 12.5%, VAT 20 %, margin -3.2%.",
        "Salary band 85,000-110,000 USD.",
        "The account balance is -1,234.56.",
        "Exchange rate 1 EUR = 1.0876 USD on 2024-03-15.",
        "Market cap $2.87 trillion; P/E 28.4.",
        "Shipment weight 1 234,5 kg, volume 12,75 m³.",
        "Population 67 750 000 (France, 2024).",
        "Budget line 12 345 678 € for 2025.",
        "Revenue 1.234.567,00 EUR, costs 987.654,32 EUR.",
        "AAPL 172.50 +1.25 (+0.73%), EUR/USD 1.0876",
        "Growth +12.5 % year on year, +3 points since 2023.",
        "Temperature +15 °C, pressure 1013.25 hPa.",
        "1 000 000 units shipped, 2 500 returned.",
        "Le marché pèse 12 000 000 000 € ; 1 000 050 000 visiteurs.",
    ],
    "ids": [
        "Invoice INV-2024-0117 is overdue.",
        "Please reference INV-2024-0117-A in the payment.",
        "Purchase order PO-2024-03-0042 approved.",
        "Ticket JIRA-1234 blocks PROJ-12345.",
        "Case #A-1029-33 was escalated.",
        "Order #12345-678-90 shipped.",
        "Order ORD-20240315-0042 confirmed.",
        "RMA 2024-0042-17 received.",
        "Support ticket #4521-889 resolved.",
        "Ref: 2024/INV/00117",
        "Quote Q-2024-03-15-001 expires Friday.",
        "Credit note CN 2024 0117 issued.",
        "Contract no. 2024-123-4567 signed.",
        "Order #12345 ships Tuesday.",
        "Shipment SHP-2024-03-15-0007 left the warehouse.",
        "Ticket ZD-88-1234-5678 merged into ZD-88-1234-5679.",
        "Request id req_2024_03_15_000123",
        "Claim 2024-03-15-000042 is pending review.",
        "Batch BATCH-2024.03.15-07 passed QA.",
        "PR #4521 closes issue #4519.",
        "Tracking 1Z999AA10123456784 (UPS).",
        "Customer account CA-00042 (a company, not a person).",
        "Order 202403150001234 was split into two shipments.",
        "Booking reference ABC123, PNR XYZ789.",
        "Cost centre 4100-200-30 and GL account 6000.10.200.",
        "Asset tag IT-2024-00981 assigned to the meeting room.",
    ],
    "versions": [
        "Version 2.5.1 shipped in 2024 with 3 fixes.",
        "Upgrade to v1.2.3-rc.1, then v1.2.3+build.45.",
        "Requires Python 3.11.8, Node 20.11.1 and Go 1.22.1.",
        "Chrome 122.0.6261.94 and Edge 122.0.2365.80 are supported.",
        "Windows 10.0.19045.3693, build 22631.3296.",
        "Legacy 6.1.7601.24499 (Windows 7 SP1).",
        "Firmware v1.2.3.4 fixes the boot loop.",
        "Image python:3.11.8-slim-bookworm, tag 2024.03.15-1.",
        "Package llm-exporter==0.14.2, numpy>=1.26.4,<2.0.0",
        "Kernel 6.5.0-26-generic on Ubuntu 22.04.4 LTS.",
        "The answer is 42, and pi is about 3.14159.",
        "Use model gpt-4o-mini for short prompts.",
        "Model claude-3-5-sonnet-20240620 and gpt-4o-2024-08-06.",
        "Section 4.2.1 and appendix B.3 of ISO 27001:2022.",
        "IEC 62443-3-3, RFC 9110 and Regulation (EU) 2016/679.",
        "See chapter 3.2, figure 3-14 and table 12-3.",
    ],
    "publishing": [
        "ISBN 978-3-16-148410-0",
        "ISBN-10: 0-306-40615-2",
        "ISBN 9780306406157 and ISBN-13 978-0-306-40615-7",
        "ISBN 978 0 596 52068 7 (second edition)",
        "ISSN 0317-8471, DOI 10.1000/182",
        "arXiv:2403.01234v2, PMID 38123456",
        "pp. 123-145, pages 12–15, vol. 3, no. 4",
        "Journal of Things 12(3):456-478, 2024.",
    ],
    "places": [
        "The office is at 48.8584, 2.2945 near the tower.",
        "Depot at 40.7128° N, 74.0060° W.",
        "Sydney site -33.8688, 151.2093.",
        "lat 51.5074 lon -0.1278",
        "40°44′54.3″N 73°59′08.4″W",
        "geo:37.7749,-122.4194",
        "UTM 33U 389000 5819000",
        "ZIP 94103, ZIP+4 94103-1234.",
        "London SW1A 1AA, Toronto M5V 3L9.",
        "75008 Paris, 10115 Berlin, 1010 Wien.",
        "Tokyo 100-0005, São Paulo CEP 01310-100.",
        "Postcode 2000 NSW, Dublin D02 X285.",
        "Gate B12, seat 23A, flight LH 400 and BA2490.",
        "Room 3-104, building 7, floor 2.",
        "Warehouse aisle 12-04-03, bin 17.",
    ],
    "products": [
        "SKU 4006381333931 is back in stock.",
        "EAN 5901234123457, UPC 036000291452.",
        "Part no. 1234-5678-90 replaces 1234-5678-89.",
        "Model XPS-9320, serial SN-2024-00042.",
        "HS code 8471.30.0100 for laptops.",
        "Screen 1920x1080, 3.5 GHz, 16 GB RAM, 512 GB SSD.",
        "Paper A4 210 × 297 mm, 80 g/m².",
        "Pack of 12, case of 144, pallet 40 × 144.",
        "Resistor 4.7 kΩ ±5 %, capacitor 100 nF.",
        "Kubernetes limits: cpu 500m, memory 2Gi, 3 replicas.",
    ],
    "scores": [
        "The home team won 3-1 after extra time.",
        "Final score 102-99 in overtime.",
        "Set scores 6-4, 3-6, 7-6(5).",
        "The series ended 4-3; cricket 245/6 in 50 overs.",
        "A 2-2 draw, then 5-4 on penalties.",
        "Vote passed 52-48; quorum 67 of 100.",
        "Ratio 16:9, odds 5-2, 3 to 1.",
    ],
    "technical": [
        "Request 123e4567-e89b-12d3-a456-426614174000 timed out.",
        "Trace 4bf92f3577b34da6a3ce929d0e0e4736, span 00f067aa0ba902b7.",
        "Commit 1d172a7 and 40f31fa4c2e8b9d7a6f5e4d3c2b1a0f9e8d7c6b5.",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "Colours #FF5733, #1a2b3c and rgb(255, 87, 51).",
        "GET /api/v1/orders/2024/03/15/0042 returned HTTP/1.1 200 OK.",
        "See https://example.com/docs/v2.5.1/guide#section-4-2",
        "File src/main.py:123:45, line 1024 of 2048.",
        "Listening on localhost:8080 and :9478.",
        "Range bytes=0-1023, Content-Length: 1048576",
        "Use @pytest.mark.parametrize for the cases.",
        "Ping @alice.smith in #ops-2024 about the rollout.",
        "Exit code 137, signal 9, pid 48213.",
        "matrix 3x3: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
        "values 0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8",
        "std::vector<int> v; v.push_back(42); a::b::c",
        "AWS account 123456789012 in eu-west-1 (the company's, not a person's).",
        "Slack channel C024BE91L, team T024BE7LD.",
    ],
    "words": [
        "Authorization: approved by finance on 2024-03-15.",
        "Authorization pending until the budget review.",
        "The bearer instruments were converted in 2023.",
        "Cheque payable to bearer, dated 15.03.2024.",
        "Phone model iPhone 15 Pro, 256 GB.",
        "Call 2 of 3 failed; retry at 14:30.",
        "Tel Aviv office opens 2024-03-15.",
        "Fax cover sheet, 2024 edition.",
        "Mobile app 4.2.1 released on 2024-03-15.",
        "Call centre volume was 1,234,567 in March.",
        "Press 1 for sales, 2 for support; dial 911 in an emergency.",
        "Extension 4521 is the front desk.",
        "Text me the summary by 17:00.",
    ],
}

LINES: list[str] = [line for lines in ORDINARY.values() for line in lines]
