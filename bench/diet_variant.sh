#!/bin/bash
# Trains an NLU-only model with the given config and scores it on the held-out
# data: training seconds, macro P/R/F1, crisis recall, accuracy.
# usage: bench/diet_variant.sh NAME CONFIG.yml   (appends to bench/results/diet-variants.txt)
cd "$(dirname "$0")/.."
name=$1; cfg=$2
out=var/bench/diet/$name; rm -rf $out; mkdir -p $out
s=$(date +%s)
.venv/bin/rasa train nlu --config $cfg --nlu data/nlu --out $out --fixed-model-name nlu --quiet >$out/train.log 2>&1
t=$(( $(date +%s) - s ))
.venv/bin/rasa test nlu --model $out/nlu.tar.gz --nlu tests/nlu --out $out/res --quiet >$out/test.log 2>&1
python3 -c "
import json; r=json.load(open('$out/res/intent_report.json'))
print('$name', 'train_s=$t', 'macroF1=%.3f'%r['macro avg']['f1-score'], 'P=%.3f R=%.3f'%(r['macro avg']['precision'],r['macro avg']['recall']), 'crisis_R=%.3f'%r['crisis']['recall'], 'acc=%.3f'%r['accuracy'])
" | tee -a bench/results/diet-variants.txt
