"""Excel in and out: the office's reports as .xlsx, and its old spreadsheets (contacts, efemérides) read in.

`export.export_workbook` writes any report; `import_contacts` and `import_efemerides` read a file
into an `ImportPlan` (what would be added, updated, rejected) that `plan.apply_plan` stores.
"""
