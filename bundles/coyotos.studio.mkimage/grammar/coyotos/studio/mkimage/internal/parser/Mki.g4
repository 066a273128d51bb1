/*
 * The mkimage language of Coyotos system images (.mki), written for Coyotos Studio from the language as
 * the 2007 mkimage accepts it: keywords and tokens as its lexer recognizes them (ccs/mkimage/Lexer.cxx),
 * statements and operator precedence as its parser builds them (ccs/mkimage/Parser.y), and the manual
 * (web/docs/build/mkimage.xml). Checks that need the token text (hyphens in module names, string escapes,
 * digits of octal and hex literals) are made when the syntax tree is built (AstBuilder), where a message can
 * say exactly what is wrong.
 */
grammar Mki;

module
    : MODULE modname LBRACE modStmt+ RBRACE EOF
    ;

// Module names are read in mkimage's "interface identifier" mode: keywords are names there, and a hyphen may
// continue a name part (coyotos.driver.TextConsole, test.enum).
modname
    : namePart (DOT namePart)*
    ;

namePart
    : nameWord (MINUS (nameWord | INT))*
    ;

nameWord
    : IDENT | MODULE | IMPORT | EXPORT | DEF | ENUM | CAPREG | IF | ELSE | WHILE | DO | RETURN | PRINT | NEW
    | RESERVED
    ;

modStmt
    : EXPORT fnDef                                  # exportFn
    | EXPORT enumStmt                               # exportEnum
    | EXPORT defStmt                                # exportDef
    | IMPORT IDENT ASSIGN modname SEMI              # importStmt
    | statement                                     # plainStmt
    ;

statement
    : fnDef                                         # fnDefStmt
    | defStmt                                       # defStatement
    | enumStmt                                      # enumStatement
    | ifStmt                                        # ifStatement
    | WHILE LPAREN expr RPAREN block                # whileStmt
    | DO block WHILE LPAREN expr RPAREN SEMI        # doStmt
    | PRINT STAR expr SEMI                          # printStarStmt
    | PRINT expr SEMI                               # printStmt
    // an assignment or an expression statement: one alternative, so that no lookahead scans the left-hand side
    | expr (ASSIGN expr)? SEMI                      # exprStmt
    ;

blockStmt
    : RETURN expr SEMI                              # returnStmt
    | statement                                     # innerStmt
    ;

block
    : LBRACE blockStmt+ RBRACE
    ;

fnDef
    : DEF IDENT LPAREN (IDENT (COMMA IDENT)*)? RPAREN block
    ;

defStmt
    : DEF IDENT ASSIGN expr SEMI
    ;

// enum and capreg differ only in the C headers mkimage -H writes; inside mkimage they are the same.
enumStmt
    : kind=(ENUM | CAPREG) IDENT? LBRACE enumDecl (COMMA enumDecl)* RBRACE SEMI
    ;

enumDecl
    : IDENT (ASSIGN expr)?
    ;

ifStmt
    : IF LPAREN expr RPAREN block (ELSE (block | ifStmt))?
    ;

// Precedence from Parser.y, highest first: call and index; '.'; '!' (right); * / %; unary and binary - and +;
// < > <= >=; == != (lowest). Unary minus takes the precedence of its token, the additive level, so -a*b is -(a*b).
expr
    : expr LPAREN (expr (COMMA expr)*)? RPAREN      # callExpr
    | expr LBRACK expr RBRACK                       # indexExpr
    | expr DOT IDENT                                # fieldExpr
    | NEW IDENT LPAREN (expr (COMMA expr)*)? RPAREN # newExpr
    | <assoc=right> BANG expr                       # notExpr
    | expr op=(STAR | SLASH | PERCENT) expr         # mulExpr
    | MINUS expr                                    # negExpr
    | expr op=(PLUS | MINUS) expr                   # addExpr
    | expr op=(LT | GT | LE | GE) expr              # relExpr
    | expr op=(EQ | NE) expr                        # eqExpr
    | block                                         # blockExpr
    | INT                                           # intExpr
    | STRING                                        # stringExpr
    | IDENT                                         # identExpr
    ;

// ---- tokens (ccs/mkimage/Lexer.cxx) ----
CAPREG  : 'capreg';
DEF     : 'def';
DO      : 'do';
ELSE    : 'else';
ENUM    : 'enum';
EXPORT  : 'export';
IF      : 'if';
IMPORT  : 'import';
MODULE  : 'module';
NEW     : 'new';
PRINT   : 'print';
RETURN  : 'return';
WHILE   : 'while';
// Reserved by mkimage's lexer and not part of its grammar: using one is a syntax error, as there.
RESERVED : 'external' | 'false' | 'for' | 'lambda' | 'true' | '__' IdContinue*;

EQ      : '==';
NE      : '!=';
LE      : '<=';
GE      : '>=';
LT      : '<';
GT      : '>';
BANG    : '!';
ASSIGN  : '=';
PLUS    : '+';
MINUS   : '-';
STAR    : '*';
SLASH   : '/';
PERCENT : '%';
DOT     : '.';
COMMA   : ',';
SEMI    : ';';
LPAREN  : '(';
RPAREN  : ')';
LBRACK  : '[';
RBRACK  : ']';
LBRACE  : '{';
RBRACE  : '}';

INT     : [0-9] [0-9a-zA-Z]* ;
STRING  : '"' (~["\\] | '\\' .)* '"' ;
UNCLOSED_STRING : '"' (~["\\] | '\\' .)* ;
IDENT   : IdStart IdContinue* ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);
WS      : [ \t\r\n]+ -> skip;
// Anything else is a character mkimage has no token for.
STRAY   : . ;

fragment IdStart    : [\p{XID_Start}_] ;
fragment IdContinue : [\p{XID_Continue}] ;
