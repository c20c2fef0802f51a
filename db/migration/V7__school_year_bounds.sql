-- One range of plannable school years, the one SchoolYear.isPlannable states (2000/01 to 2999/3000). The old
-- upper bound, 2100, was arbitrary and left the tests (which claim far-future years of their own, TestYears)
-- about 65 years to share.
alter table school_year drop constraint school_year_start_year_check;
alter table school_year add constraint school_year_start_year_check check (start_year between 2000 and 2999);
