package main

import "fmt"

// code128Patterns are Code 128's symbols 0 to 106 as the widths of their
// bars and spaces in modules, bar first (ISO/IEC 15417, table 1): 103, 104
// and 105 start code sets A, B and C, 106 is the stop symbol, which has a
// final bar of 2 modules.
var code128Patterns = [107]string{
	"212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
	"221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
	"221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
	"212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
	"231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
	"231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
	"314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
	"112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
	"111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
	"214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
	"114131", "311141", "411131", "211412", "211214", "211232", "2331112",
}

const (
	code128StartB = 104
	code128Stop   = 106
)

// code128B encodes text, printable ASCII only, in code set B: the start
// symbol, one symbol per character (its code minus 32), the check symbol
// (the start's value plus each symbol's value times its position, modulo
// 103), the stop symbol. It returns the symbols and the widths of the bars
// and spaces they make, bar first, without quiet zones.
func code128B(text string) (symbols []int, widths []int, err error) {
	if text == "" {
		return nil, nil, fmt.Errorf("code 128: no text")
	}
	symbols = []int{code128StartB}
	sum := code128StartB
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 32 || c > 126 {
			return nil, nil, fmt.Errorf("code 128 B: byte %#x at %d is not printable ASCII", c, i)
		}
		v := int(c) - 32
		symbols = append(symbols, v)
		sum += v * (i + 1)
	}
	symbols = append(symbols, sum%103, code128Stop)
	for _, s := range symbols {
		for _, w := range code128Patterns[s] {
			widths = append(widths, int(w-'0'))
		}
	}
	return symbols, widths, nil
}

// barcodeText is what the pages draw and decode.
const barcodeText = "DYNAMSOFT-1234"
