-- expect: 4:1 error drop-column
-- expect: 5:1 error create-index-non-concurrent
SeT LoCk_TiMeOuT = '1s';
aLtEr TaBlE "Users" dRoP CoLuMn Email;
cReAtE InDeX oN OrDeRs (Id);
create index concurrently on ORDERS (id);
